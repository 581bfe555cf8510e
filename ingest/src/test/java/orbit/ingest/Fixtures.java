package orbit.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small news-like fixtures about real events, and helpers to write them. */
final class Fixtures {
    private Fixtures() {}

    static final String CSTO = """
            Armenia freezes its participation in the CSTO

            Prime Minister Nikol Pashinyan said on 22 February 2024 that Armenia had frozen its participation in the
            Collective Security Treaty Organization, saying the Russian-led bloc had failed to help Armenia when
            Azerbaijani forces attacked its territory in 2021 and 2022.
            """;

    static final String ZVARTNOTS = """
            Russian border guards leave Zvartnots airport
            Russian border guards ended their service at Yerevan's Zvartnots airport on 31 July 2024, handing the
            passport checkpoints to Armenia's own border guard service after three decades.
            """;

    static final String KARABAKH = "Azerbaijan launched a military offensive in Nagorno-Karabakh on 19 September 2023. "
            + "Within a week more than 100,000 Armenians had left the region for Armenia.";

    static final String EU_MISSION = "The European Union launched a civilian monitoring mission in Armenia on 20 February 2023, "
            + "deploying observers along the border with Azerbaijan.";

    static final String DIALOGUE = "Armenia and the United States held a Strategic Dialogue in Washington in June 2024, "
            + "discussing security cooperation and economic ties.";

    static final String ARTICLE_HTML = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Armenia freezes CSTO participation - Example News</title>
              <meta property="og:title" content="Armenia freezes its participation in the CSTO">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-02-22T18:30:00+04:00">
              <link rel="canonical" href="https://news.example.org/2024/02/armenia-csto">
              <style>body { font-family: serif }</style>
              <script>window.analytics = {track: function () {}};</script>
            </head><body>
              <header><a href="/">Example News</a> <nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
              <main>
                <article>
                  <header><h1>Armenia freezes its participation in the CSTO</h1><time datetime="2024-02-22">22 Feb 2024</time></header>
                  <p>Prime Minister Nikol Pashinyan said on Thursday that Armenia had <b>frozen</b> its participation in the
                  Collective Security Treaty Organization.</p>
                  <p>He said the bloc had not met its obligations to Armenia in 2021 and 2022.</p>
                  <aside>Read more: <a href="/x">Five things to know about the CSTO</a></aside>
                  <form><input name="email"> Subscribe to our newsletter</form>
                </article>
              </main>
              <aside class="sidebar">Most read: weather in Yerevan</aside>
              <footer>(c) 2024 Example News. All rights reserved.</footer>
              <script>console.log("tracking")</script>
            </body></html>
            """;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Example Caucasus Wire</title>
                <link>https://wire.example.org/</link>
                <item>
                  <title>EU launches civilian mission in Armenia</title>
                  <link>https://wire.example.org/2023/02/euma</link>
                  <guid isPermaLink="false">wire-2023-0220-euma</guid>
                  <pubDate>Mon, 20 Feb 2023 14:05:00 +0400</pubDate>
                  <description>&lt;p&gt;The European Union launched a civilian monitoring mission in Armenia on 20 February 2023,
                  &lt;b&gt;deploying observers&lt;/b&gt; along the border with Azerbaijan.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Azerbaijan launches offensive in Nagorno-Karabakh</title>
                  <link>https://wire.example.org/2023/09/karabakh</link>
                  <dc:date>2023-09-19T09:00:00Z</dc:date>
                  <description>Short teaser</description>
                  <content:encoded><![CDATA[<p>Azerbaijan launched a military offensive in Nagorno-Karabakh on 19 September 2023.</p>
                  <script>alert(1)</script><p>Within a week more than 100,000 Armenians had left the region for Armenia.</p>]]></content:encoded>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Diplomacy Feed</title>
              <id>urn:example:diplomacy</id>
              <updated>2024-06-12T10:00:00Z</updated>
              <entry>
                <title type="html">US&amp;ndash;Armenia Strategic Dialogue</title>
                <link rel="alternate" href="https://diplomacy.example.org/2024/06/dialogue"/>
                <id>tag:diplomacy.example.org,2024:dialogue</id>
                <published>2024-06-11T16:00:00-04:00</published>
                <updated>2024-06-12T08:00:00Z</updated>
                <content type="html">&lt;p&gt;Armenia and the United States held a Strategic Dialogue in Washington in June 2024,
                discussing security cooperation and economic ties.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Border guards leave Zvartnots</title>
                <link href="https://diplomacy.example.org/2024/07/zvartnots"/>
                <id>tag:diplomacy.example.org,2024:zvartnots</id>
                <updated>2024-07-31T12:00:00Z</updated>
                <summary type="text">Russian border guards ended their service at Zvartnots airport on 31 July 2024.</summary>
              </entry>
            </feed>
            """;

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String content) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
                gz.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of the entries in iteration order (use a LinkedHashMap or TreeMap). */
    static byte[] zip(Map<String, String> entries) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(b)) {
                for (Map.Entry<String, String> e : entries.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    z.closeEntry();
                }
            }
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(String id, String url, String title, String published, String source, String text) {
        StringBuilder s = new StringBuilder("{");
        field(s, "id", id);
        field(s, "url", url);
        field(s, "title", title);
        field(s, "published", published);
        field(s, "source", source);
        field(s, "text", text);
        s.setLength(s.length() - 1);
        return s.append('}').toString();
    }

    private static void field(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append('"').append(name).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append("\",");
        }
    }
}
