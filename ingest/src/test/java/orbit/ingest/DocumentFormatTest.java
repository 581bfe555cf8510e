package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
    private static DocumentFormat of(String extension, String head) {
        return DocumentFormat.of(extension, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clearExtensionsDecideWhateverTheContent() {
        assertThat(of("txt", "<html><body>x</body></html>")).isEqualTo(DocumentFormat.TEXT);
        assertThat(of("htm", "plain")).isEqualTo(DocumentFormat.HTML);
        assertThat(of("ndjson", "x")).isEqualTo(DocumentFormat.JSONL);
        assertThat(of("atom", "x")).isEqualTo(DocumentFormat.FEED);
    }

    @Test
    void ambiguousExtensionsAreDecidedByContent() {
        assertThat(of("xml", "<?xml version=\"1.0\"?>\n<!-- feed -->\n<rss version=\"2.0\">")).isEqualTo(DocumentFormat.FEED);
        assertThat(of("xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")).isEqualTo(DocumentFormat.FEED);
        assertThat(of("xml", "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">")).isEqualTo(DocumentFormat.FEED);
        assertThat(of("xml", "<?xml version=\"1.0\"?><!DOCTYPE html><html><body>")).isEqualTo(DocumentFormat.HTML);
        assertThat(of("json", "  {\"text\": \"x\"}")).isEqualTo(DocumentFormat.JSONL);
        assertThat(of("", "<!DOCTYPE html>\n<html>")).isEqualTo(DocumentFormat.HTML);
        assertThat(of("", "<p>Armenia</p>")).isEqualTo(DocumentFormat.HTML);
        assertThat(of("md", "# Armenia and the CSTO")).isEqualTo(DocumentFormat.TEXT);
        assertThat(of("", "\uFEFF{\"text\": \"x\"}")).isEqualTo(DocumentFormat.JSONL);
    }

    @Test
    void formatsAreFoundByNameAndAnUnknownNameListsThem() {
        assertThat(DocumentFormat.named("HTML")).isEqualTo(DocumentFormat.HTML);
        assertThatThrownBy(() -> DocumentFormat.named("pdf")).isInstanceOf(OrbitException.class)
                .hasMessage("document format pdf not found; formats are text, html, jsonl, feed");
    }
}
