package orbit.ingest;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of HTML as a reader sees it: paragraphs and headings separated by a blank line,
 * list items and line breaks on lines of their own, everything else run together with single
 * spaces. Thread-safe (stateless).
 */
final class HtmlText {
    private HtmlText() {}

    /** Elements that are never text: removed before any text is taken. */
    static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed";
    /** Page furniture around the article: removed from pages (not from feed item content). */
    static final String BOILERPLATE = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]";

    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "dl", "blockquote", "pre", "table", "figure", "hr", "address", "details", "summary", "body", "center");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "br", "figcaption", "caption", "option");
    private static final Set<String> CELLS = Set.of("td", "th");

    /** The text of an HTML fragment (a feed item's description), without scripts and styles. */
    static String ofFragment(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        doc.select(NEVER_TEXT).remove();
        return of(doc.body());
    }

    /** The text under {@code root}. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (PARAGRAPHS.contains(tag)) {
                        breakLine(out, true);
                    } else if (LINES.contains(tag)) {
                        breakLine(out, false);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (PARAGRAPHS.contains(tag)) {
                        breakLine(out, true);
                    } else if (LINES.contains(tag) && !tag.equals("br")) {
                        breakLine(out, false);
                    } else if (CELLS.contains(tag)) {
                        out.append(' ');
                    }
                }
            }
        }, root);
        return orbit.core.Document.normalize(out.toString());
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Ends the line (or paragraph); {@link orbit.core.Document#normalize} later merges repeated breaks. */
    private static void breakLine(StringBuilder out, boolean paragraph) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (paragraph) {
            out.append("\n\n");
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
