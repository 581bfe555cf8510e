package orbit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private static final String ARTICLE = "Armenia freezes its participation in the CSTO\n\n"
            + "Prime Minister Nikol Pashinyan said on 22 February 2024 that Armenia had frozen its participation "
            + "in the Collective Security Treaty Organization.";

    @Test
    void normalisingKeepsParagraphsAndDropsLayoutNoise() {
        String raw = "\uFEFF  Armenia freezes\u00A0its participation in the CSTO \r\n\r\n\r\n"
                + "Prime Minister\tNikol Pashinyan said on 22 February 2024 that Armenia had frozen its partic\u00ADipation \n"
                + "in the Collective Security Treaty Organization.\u200B\n\n";
        assertThat(Document.normalize(raw)).isEqualTo("Armenia freezes its participation in the CSTO\n\n"
                + "Prime Minister Nikol Pashinyan said on 22 February 2024 that Armenia had frozen its participation\n"
                + "in the Collective Security Treaty Organization.");
    }

    @Test
    void normalisingComposesCharactersSoBothSpellingsHashAlike() {
        String composed = "Yerevan caf\u00e9";
        String decomposed = "Yerevan cafe\u0301";
        assertThat(Document.of("a", null, null, null, null, composed, "x").contentHash())
                .isEqualTo(Document.of("b", null, null, null, null, decomposed, "y").contentHash());
    }

    @Test
    void contentHashIsTheSha256OfTheNormalisedTextAndDoesNotChangeBetweenVersions() {
        Document d = Document.of("csto.txt", "https://example.org/csto", " Armenia  freezes CSTO role ",
                LocalDate.of(2024, 2, 22), "Example News", ARTICLE + "\n", "news/csto.txt");
        assertThat(d.text()).isEqualTo(ARTICLE);
        assertThat(d.title()).isEqualTo("Armenia freezes CSTO role");
        // golden value: a change here changes every stored hash and needs a store migration
        assertThat(Document.sha256("Armenia")).isEqualTo("2ddc5634ff5e06c551736395174b5a62f10864ab2878f03d079836b253994869");
        assertThat(d.contentHash()).isEqualTo("053358885e722dc48d94306dafb8135bb199a2c2203c43c00e71ff49f395bd3f");
    }

    @Test
    void blankOptionalFieldsBecomeNullAndBlankTextIsRefused() {
        Document d = Document.of("a", " ", "", null, "  ", "text", "o");
        assertThat(d.url()).isNull();
        assertThat(d.title()).isNull();
        assertThat(d.source()).isNull();
        assertThatThrownBy(() -> Document.of("a", null, null, null, null, " \n\u00A0\n", "o"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no text");
    }

    @Test
    void withIdKeepsEverythingElse() {
        Document d = Document.of("a", "https://example.org", "t", LocalDate.of(2023, 9, 19), "s", "text", "o");
        Document e = d.withId("a~123");
        assertThat(e.id()).isEqualTo("a~123");
        assertThat(e).usingRecursiveComparison().ignoringFields("id").isEqualTo(d);
    }
}
