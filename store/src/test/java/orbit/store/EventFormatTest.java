package orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;

class EventFormatTest {
    @Test
    void detectsEachFormatFromItsFirstLine() {
        assertThat(EventFormat.detect("\t".repeat(60))).contains(EventFormat.GDELT2);
        assertThat(EventFormat.detect("\t".repeat(57))).contains(EventFormat.GDELT1);
        assertThat(EventFormat.detect("\t".repeat(56))).contains(EventFormat.GDELT1);
        assertThat(EventFormat.detect("Event ID\tEvent Date\tSource Name")).contains(EventFormat.ICEWS);
        assertThat(EventFormat.detect("[")).contains(EventFormat.PLOVER);
        assertThat(EventFormat.detect("{\"id\": \"1\", \"event\": \"CONSULT\"}")).contains(EventFormat.PLOVER);
        assertThat(EventFormat.detect("{\"id\": \"1\", \"cameo\": \"042\", \"source_entity\": \"ARM\"}")).contains(EventFormat.ORBIT);
        assertThat(EventFormat.detect("a,b,c")).isEmpty();
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> EventFormat.named("acled"))
                .isInstanceOf(OrbitException.class)
                .hasMessage("format acled not found; formats are auto, gdelt2, gdelt1, icews, plover, orbit");
        assertThat(EventFormat.named("GDELT2")).isEqualTo(EventFormat.GDELT2);
    }
}
