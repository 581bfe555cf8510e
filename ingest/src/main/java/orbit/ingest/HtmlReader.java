package orbit.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page is one document: the text of its article without the page around it. Scripts,
 * styles, navigation, headers, footers, asides and forms are removed; the text is taken from the
 * {@code <article>} with the most text, else {@code <main>}, else the body. Title from og:title,
 * else {@code <title>}, else the first {@code <h1>}; date from article:published_time (or a
 * similar meta tag), else the first {@code <time datetime>}; URL from the canonical link or
 * og:url; source from og:site_name. Metadata is read before anything is removed, since a
 * {@code <time>} often sits in the article's header.
 */
final class HtmlReader implements DocumentReader {
    private static final List<String> DATE_META = List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
            "meta[name=dc.date.issued]", "meta[property=og:published_time]");

    @Override
    public void read(Input input, DocumentSink sink) throws IOException {
        TextDecoding.Decoded d = TextDecoding.decode(input.readAll(), true);
        if (d.notice() != null) {
            sink.notice(input.name(), 0, d.notice());
        }
        Document page = Jsoup.parse(d.text());
        String title = first(meta(page, "meta[property=og:title]"), page.title(), text(page.selectFirst("h1")));
        LocalDate published = published(page);
        String url = first(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "meta[property=og:url]"));
        String source = meta(page, "meta[property=og:site_name]");

        page.select(HtmlText.NEVER_TEXT).remove();
        page.select(HtmlText.BOILERPLATE).remove();
        String text = HtmlText.of(articleOf(page));
        if (text.isEmpty()) {
            throw Unreadable.of("has no text once scripts, styles, navigation, headers, footers, asides and forms are removed; "
                    + "if the page builds its text with JavaScript, save the rendered page (or its text) instead");
        }
        sink.accept(DocumentReader.document(input.name(), url, title, published, source, text, input.name()));
    }

    private static LocalDate published(Document page) {
        for (String q : DATE_META) {
            LocalDate day = Dates.parse(meta(page, q));
            if (day != null) {
                return day;
            }
        }
        Element scope = page.selectFirst("article");
        for (Element root : scope == null ? List.of(page) : List.of(scope, page)) {
            for (Element t : root.select("time[datetime]")) {
                LocalDate day = Dates.parse(t.attr("datetime"));
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    /** The element holding the article: the {@code <article>} with most text, else main, else the body. */
    private static Element articleOf(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element a : page.select("article")) {
            int n = a.text().length();
            if (n > bestLength) {
                best = a;
                bestLength = n;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && !main.text().isBlank()) {
            return main;
        }
        return page.body();
    }

    private static String meta(Document page, String query) {
        return attr(page.selectFirst(query), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
