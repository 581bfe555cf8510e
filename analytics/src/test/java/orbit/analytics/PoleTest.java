package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;

class PoleTest {
    @Test
    void membersAreGivenAsTheCliOrTheApiWritesThem() {
        assertThat(Pole.axis(List.of("rus", "EU"), List.of("EU=fra,DEU")))
                .containsExactly(new Pole("RUS", List.of()), new Pole("EU", List.of("FRA", "DEU")));
        assertThat(Pole.axis(List.of("RUS", "EU"), List.of("EU:FRA", "RUS:BLR")))
                .containsExactly(new Pole("RUS", List.of("BLR")), new Pole("EU", List.of("FRA")));
    }

    @Test
    void anAxisNeedsTwoPolesAndMembersOfOneOfThem() {
        assertThatThrownBy(() -> Pole.axis(List.of("RUS"), List.of())).isInstanceOf(OrbitException.class)
                .hasMessageContaining("--poles takes two entity ids");
        assertThatThrownBy(() -> Pole.axis(List.of("RUS", "EU"), List.of("NATO=USA"))).hasMessageContaining("--members NATO=... names no pole");
        assertThatThrownBy(() -> Pole.axis(List.of("RUS", "EU"), List.of("EU"))).hasMessageContaining("is not POLE=ID,ID");
    }
}
