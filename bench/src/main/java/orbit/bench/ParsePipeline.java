package orbit.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import orbit.coder.Parse;
import orbit.coder.Parser;
import orbit.coder.Token;

/**
 * The CoreNLP pipeline of {@link Parser}, rebuilt here so that its settings can be varied: the same
 * two StanfordCoreNLP instances (tokenize,ssplit; then pos,lemma,depparse on the sentences of at most
 * {@link Parser#MAX_TOKENS} words), with properties added or replaced, and optionally a lean
 * dependency step that calls the neural parser and builds only the enhanced++ graph the coder reads
 * (CoreNLP's depparse annotator builds five graphs per sentence: basic, collapsed, CC-processed,
 * enhanced and enhanced++). Thread-safe like {@link Parser}.
 */
final class ParsePipeline {

    /** One sentence as the coder sees it: tags, lemmas and enhanced++ edges ("rel gov dep", sorted). */
    record Analysis(List<String> tags, List<String> lemmas, Set<String> edges) {

        static Analysis of(Parse p) {
            List<String> tags = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            for (Token t : p.tokens()) {
                tags.add(t.tag());
                lemmas.add(t.lemma());
            }
            Set<String> edges = new TreeSet<>();
            for (int i = 0; i < p.size(); i++) {
                for (Parse.Edge e : p.dependents(i)) {
                    edges.add(e.relation() + " " + e.governor() + " " + e.dependent());
                }
            }
            return new Analysis(tags, lemmas, edges);
        }
    }

    /** A document's sentences, and how many were too long to parse. */
    record Result(List<Analysis> sentences, int skipped, long tokens) {}

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP analyser;
    private final DependencyParser lean;

    private ParsePipeline(StanfordCoreNLP splitter, StanfordCoreNLP analyser, DependencyParser lean) {
        this.splitter = splitter;
        this.analyser = analyser;
        this.lean = lean;
    }

    /** {@link Parser#analyseProperties()} with CoreNLP's own depparse annotator, for the non-lean variants. */
    static Properties analyseProperties() {
        Properties analyse = Parser.analyseProperties();
        analyse.setProperty("annotators", "pos,lemma,depparse");
        return analyse;
    }

    /**
     * Parser's pipeline with {@code overrides} applied to both property sets (tokenize.* and
     * ssplit.* reach the splitter, the rest the analyser); with {@code leanDepparse} the depparse
     * annotator is replaced by the neural parser and the enhanced++ conversion alone.
     */
    static ParsePipeline of(Map<String, String> overrides, boolean leanDepparse) {
        Properties split = Parser.splitProperties();
        Properties analyse = analyseProperties();
        overrides.forEach((k, v) -> (k.startsWith("tokenize.") || k.startsWith("ssplit.") ? split : analyse).setProperty(k, v));
        DependencyParser lean = null;
        if (leanDepparse) {
            analyse.setProperty("annotators", "pos,lemma");
            Properties dp = new Properties();
            analyse.stringPropertyNames().stream().filter(k -> k.startsWith("depparse."))
                    .forEach(k -> dp.setProperty(k.substring("depparse.".length()), analyse.getProperty(k)));
            lean = DependencyParser.loadFromModelFile(dp.getProperty("model", DependencyParser.DEFAULT_MODEL), dp);
        }
        return new ParsePipeline(new StanfordCoreNLP(split), new StanfordCoreNLP(analyse), lean);
    }

    /** Splits, tags and parses a text as {@link Parser#parse} does. */
    Result parse(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<CoreMap> kept = new ArrayList<>();
        List<CoreLabel> keptTokens = new ArrayList<>();
        int skipped = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > Parser.MAX_TOKENS) {
                skipped++;
            } else if (!tokens.isEmpty()) {
                kept.add(s);
                keptTokens.addAll(tokens);
            }
        }
        if (kept.isEmpty()) {
            return new Result(List.of(), skipped, 0);
        }
        Annotation toAnalyse = new Annotation(text);
        toAnalyse.set(CoreAnnotations.TokensAnnotation.class, keptTokens);
        toAnalyse.set(CoreAnnotations.SentencesAnnotation.class, kept);
        analyser.annotate(toAnalyse);
        if (lean != null) {
            for (CoreMap s : kept) {
                GrammaticalStructure gs = lean.predict(s);
                s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null));
            }
        }
        List<Analysis> out = new ArrayList<>(kept.size());
        for (CoreMap s : kept) {
            out.add(analysis(s));
        }
        return new Result(out, skipped, keptTokens.size());
    }

    /** The same conversion as Parser's, kept to what the comparison needs. */
    private static Analysis analysis(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> tags = new ArrayList<>(labels.size());
        List<String> lemmas = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            tags.add(l.tag() == null ? "" : l.tag());
            lemmas.add((l.lemma() == null ? l.word() : l.lemma()).toLowerCase(Locale.ROOT));
        }
        Set<String> edges = new TreeSet<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                edges.add(e.getRelation().toString().toLowerCase(Locale.ROOT) + " " + (e.getGovernor().index() - 1) + " "
                        + (e.getDependent().index() - 1));
            }
        }
        return new Analysis(tags, lemmas, edges);
    }
}
