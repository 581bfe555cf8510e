package orbit.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS 2.0 (and RSS 1.0) and Atom feeds: each item or entry is a document. Title, link,
 * date (pubDate, dc:date, published or updated) and text (content:encoded, else description; in
 * Atom content, else summary) with the HTML stripped; the source is the feed's own title. An
 * item's id is its guid (Atom: id), else its link, else the feed's name and the item's position
 * ("feed.xml#3"), which is also its origin.
 *
 * <p>Design decision: parsed with jsoup's lenient XML parser, so a feed with one broken item or an
 * unescaped ampersand still gives its other items, and no external entity or DTD is ever fetched.
 */
final class FeedReader implements DocumentReader {
    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        TextDecoding.Decoded d = TextDecoding.decode(input.readAll(), true);
        if (d.notice() != null) {
            sink.notice(input.name(), 0, d.notice());
        }
        Document xml = Jsoup.parse(d.text(), "", Parser.xmlParser());
        Element root = firstElement(xml);
        String rootName = root == null ? "" : root.tagName().toLowerCase(Locale.ROOT);
        List<Element> items;
        String source;
        boolean atom;
        switch (rootName) {
            case "rss", "rdf:rdf" -> {
                Element channel = child(root, "channel");
                source = text(child(channel, "title"));
                items = children(channel, "item");
                if (items.isEmpty() || rootName.equals("rdf:rdf")) {
                    items = concat(items, children(root, "item"));
                }
                atom = false;
            }
            case "feed" -> {
                source = text(child(root, "title"));
                items = children(root, "entry");
                atom = true;
            }
            default -> throw Unreadable.of(root == null
                    ? "is neither an RSS nor an Atom feed (it holds no XML element); name .txt files for plain text"
                    : "is XML but neither an RSS 2.0 nor an Atom feed: its root element is <" + root.tagName()
                            + ">, a feed's is <rss> or <feed>");
        }
        if (items.isEmpty()) {
            throw Unreadable.of("is a%s feed with no %s; there is nothing to ingest", atom ? "n Atom" : "n RSS", atom ? "entries" : "items");
        }
        int n = 0;
        for (Element item : items) {
            n++;
            String at = input.name() + "#" + n;
            try {
                sink.accept(atom ? entry(item, at, source) : item(item, at, source));
            } catch (Unreadable e) {
                sink.reject(at, 0, e.getMessage());
            }
        }
    }

    private static orbit.core.Document item(Element item, String at, String source) {
        String title = stripped(text(child(item, "title")));
        String link = text(child(item, "link"));
        String guid = text(child(item, "guid"));
        String date = firstNonBlank(text(child(item, "pubdate")), text(child(item, "dc:date")), text(child(item, "published")),
                text(child(item, "updated")));
        String body = firstNonBlank(text(child(item, "content:encoded")), text(child(item, "description")));
        return document(at, title, link, firstNonBlank(guid, link), date, body == null ? "" : HtmlText.ofFragment(body), source);
    }

    private static orbit.core.Document entry(Element entry, String at, String source) {
        Element titleElement = child(entry, "title");
        String title = titleElement == null ? null : atomText(titleElement);
        String link = null;
        for (Element l : children(entry, "link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = l.attr("href");
                break;
            }
        }
        String id = text(child(entry, "id"));
        String date = firstNonBlank(text(child(entry, "published")), text(child(entry, "updated")));
        Element content = child(entry, "content");
        if (content == null || content.wholeText().isBlank() && content.children().isEmpty()) {
            content = child(entry, "summary");
        }
        return document(at, title, link, firstNonBlank(id, link), date, content == null ? "" : atomText(content), source);
    }

    private static orbit.core.Document document(String at, String title, String link, String id, String date, String text,
            String source) {
        if (text.isBlank()) {
            throw Unreadable.of("%s has no text (no description or content); there is nothing to code",
                    title == null ? "the item" : "the item '" + title + "'");
        }
        LocalDate day = Dates.parse(date);
        return DocumentReader.document(id == null ? at : id, blankToNull(link), title, day, source, text, at);
    }

    /** The text of an Atom text construct: type text as it is, html with its markup stripped, xhtml from its elements. */
    private static String atomText(Element e) {
        String type = e.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("xhtml")) {
            return HtmlText.of(e);
        }
        if (type.equals("text")) {
            return orbit.core.Document.normalize(e.wholeText());
        }
        return HtmlText.ofFragment(e.wholeText());
    }

    private static String stripped(String htmlOrText) {
        return htmlOrText == null ? null : Jsoup.parse(htmlOrText).text();
    }

    private static Element firstElement(Document xml) {
        for (Element e : xml.children()) {
            return e;
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        if (parent == null) {
            return List.of();
        }
        return parent.children().stream().filter(c -> c.tagName().equalsIgnoreCase(name)).toList();
    }

    private static List<Element> concat(List<Element> a, List<Element> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String s = e.wholeText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
