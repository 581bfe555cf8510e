package orbit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import orbit.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
    @TempDir
    Path dir;

    @Test
    void eachRssItemIsADocumentWithItsHtmlStripped() {
        Path f = Fixtures.write(dir, "wire.rss", Fixtures.RSS);
        Collected c = Collected.read(f);
        assertThat(c.rejects).isEmpty();
        assertThat(c.documents).hasSize(2);
        Document euma = c.documents.get(0);
        assertThat(euma.id()).isEqualTo("wire-2023-0220-euma");
        assertThat(euma.title()).isEqualTo("EU launches civilian mission in Armenia");
        assertThat(euma.url()).isEqualTo("https://wire.example.org/2023/02/euma");
        assertThat(euma.published()).isEqualTo(LocalDate.of(2023, 2, 20));
        assertThat(euma.source()).isEqualTo("Example Caucasus Wire");
        assertThat(euma.text()).isEqualTo("The European Union launched a civilian monitoring mission in Armenia on 20 February 2023, "
                + "deploying observers along the border with Azerbaijan.");
        assertThat(euma.origin()).isEqualTo(Inputs.nameOf(f) + "#1");
    }

    @Test
    void contentEncodedWinsOverTheDescriptionAndItsScriptsAreDropped() {
        Document karabakh = Collected.read(Fixtures.write(dir, "wire.rss", Fixtures.RSS)).documents.get(1);
        assertThat(karabakh.id()).as("no guid: the link").isEqualTo("https://wire.example.org/2023/09/karabakh");
        assertThat(karabakh.published()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(karabakh.text()).isEqualTo("Azerbaijan launched a military offensive in Nagorno-Karabakh on 19 September 2023.\n\n"
                + "Within a week more than 100,000 Armenians had left the region for Armenia.");
    }

    @Test
    void eachAtomEntryIsADocumentDatedWhenPublished() {
        Collected c = Collected.read(Fixtures.write(dir, "diplomacy.atom", Fixtures.ATOM));
        assertThat(c.rejects).isEmpty();
        Document dialogue = c.documents.get(0);
        assertThat(dialogue.id()).isEqualTo("tag:diplomacy.example.org,2024:dialogue");
        assertThat(dialogue.title()).isEqualTo("US–Armenia Strategic Dialogue");
        assertThat(dialogue.url()).isEqualTo("https://diplomacy.example.org/2024/06/dialogue");
        assertThat(dialogue.published()).as("published, as written, not updated").isEqualTo(LocalDate.of(2024, 6, 11));
        assertThat(dialogue.source()).isEqualTo("Example Diplomacy Feed");
        assertThat(dialogue.text()).isEqualTo(Fixtures.DIALOGUE);
        Document zvartnots = c.documents.get(1);
        assertThat(zvartnots.published()).as("updated when not published").isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(zvartnots.text()).isEqualTo("Russian border guards ended their service at Zvartnots airport on 31 July 2024.");
    }

    @Test
    void anXmlFileIsReadAsAFeedFromItsContent() {
        Collected c = Collected.read(Fixtures.write(dir, "feed.xml", Fixtures.ATOM));
        assertThat(c.documents).hasSize(2);
    }

    @Test
    void anItemWithoutTextIsRejectedByPositionAndTheOthersRead() {
        String rss = Fixtures.RSS.replace("<description>Short teaser</description>", "")
                .replaceAll("(?s)<content:encoded>.*</content:encoded>", "");
        Path f = Fixtures.write(dir, "teasers.rss", rss);
        Collected c = Collected.read(f);
        assertThat(c.documents).hasSize(1);
        assertThat(c.onlyReject().input()).isEqualTo(Inputs.nameOf(f) + "#2");
        assertThat(c.onlyReject().text()).contains("'Azerbaijan launches offensive in Nagorno-Karabakh' has no text");
    }

    @Test
    void xmlThatIsNotAFeedIsRejectedNamingItsRootElement() {
        Collected c = Collected.read(Fixtures.write(dir, "sitemap.xml",
                "<?xml version=\"1.0\"?><urlset><url><loc>https://example.org/</loc></url></urlset>"));
        assertThat(c.onlyReject().text()).contains("neither an RSS 2.0 nor an Atom feed").contains("<urlset>");
    }

    @Test
    void aFeedWithNoItemsIsRejected() {
        Collected c = Collected.read(Fixtures.write(dir, "empty.rss", "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"));
        assertThat(c.onlyReject().text()).contains("no items");
    }
}
