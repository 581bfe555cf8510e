package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import orbit.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
    @TempDir
    Path dir;

    @Test
    void theArticleTextIsKeptAndThePageAroundItDropped() {
        Document d = Collected.read(Fixtures.write(dir, "csto.html", Fixtures.ARTICLE_HTML)).only();
        assertThat(d.text()).isEqualTo("Prime Minister Nikol Pashinyan said on Thursday that Armenia had frozen its participation in the "
                + "Collective Security Treaty Organization.\n\nHe said the bloc had not met its obligations to Armenia in 2021 and 2022.");
    }

    @Test
    void metadataComesFromOpenGraphArticleTimeAndTheCanonicalLink() {
        Document d = Collected.read(Fixtures.write(dir, "csto.html", Fixtures.ARTICLE_HTML)).only();
        assertThat(d.title()).isEqualTo("Armenia freezes its participation in the CSTO");
        assertThat(d.published()).isEqualTo(LocalDate.of(2024, 2, 22));
        assertThat(d.url()).isEqualTo("https://news.example.org/2024/02/armenia-csto");
        assertThat(d.source()).isEqualTo("Example News");
        assertThat(d.id()).endsWith("csto.html");
    }

    @Test
    void withoutOpenGraphTheTitleTagAndATimeElementAreUsedAndMainIsPreferredToTheBody() {
        String html = """
                <html><head><title>EU mission begins in Armenia</title></head><body>
                <div class="menu">Home | World | Sport</div>
                <main><p>The European Union launched a civilian monitoring mission in Armenia.</p>
                <p>Posted <time datetime="2023-02-20T11:00:00Z">Monday</time></p></main>
                </body></html>""";
        Document d = Collected.read(Fixtures.write(dir, "euma.htm", html)).only();
        assertThat(d.title()).isEqualTo("EU mission begins in Armenia");
        assertThat(d.published()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(d.text()).startsWith("The European Union launched").doesNotContain("Home | World");
    }

    @Test
    void listItemsAndLineBreaksKeepTheirLines() {
        String html = "<html><body><article><h2>Key dates</h2><ul><li>2023-09-19: offensive</li><li>2023-09-28: dissolution decree</li>"
                + "</ul><p>First line<br>second line</p></article></body></html>";
        Document d = Collected.read(Fixtures.write(dir, "dates.html", html)).only();
        assertThat(d.text()).isEqualTo("Key dates\n\n2023-09-19: offensive\n2023-09-28: dissolution decree\n\nFirst line\nsecond line");
    }

    @Test
    void aPageOfScriptsWithNoTextIsRejectedSayingWhy() {
        String html = """
                <html><head><title>Loading...</title><script src="app.js"></script></head>
                <body><nav><a href="/">Home</a></nav><div id="root"></div>
                <script>document.getElementById('root').innerHTML = 'Armenia news';</script>
                <noscript>Please enable JavaScript</noscript></body></html>""";
        Collected c = Collected.read(Fixtures.write(dir, "spa.html", html));
        assertThat(c.documents).isEmpty();
        assertThat(c.onlyReject().message()).contains("spa.html").contains("has no text once scripts")
                .contains("save the rendered page");
    }

    @Test
    void aPageDeclaringWindows1251IsDecodedAsItSays() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>ОДКБ</title></head><body><p>Армения заморозила участие в "
                + "ОДКБ.</p></body></html>";
        Collected c = Collected.read(Fixtures.write(dir, "ru.html", html.getBytes(TextDecoding.WINDOWS_1251)));
        assertThat(c.only().text()).isEqualTo("Армения заморозила участие в ОДКБ.");
        assertThat(c.notices).singleElement().satisfies(n -> assertThat(n.text()).contains("windows-1251").contains("declares"));
    }
}
