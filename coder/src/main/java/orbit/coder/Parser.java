package orbit.coder;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * English sentence splitting, tagging, lemmas and enhanced++ UD dependency parses from Stanford
 * CoreNLP (tokenize, ssplit, pos, lemma, depparse; no constituency parse). One instance per process:
 * loading the models takes seconds and hundreds of megabytes. Thread-safe: CoreNLP's annotators
 * may be shared by threads, so callers parse documents on as many threads as they have cores.
 *
 * <p>Design decision: splitting runs first, on its own, so sentences longer than
 * {@link #MAX_TOKENS} words (tables, lists, run-on scraped text) are skipped before tagging
 * instead of costing seconds each in the tagger and parser. Skipped sentences are reported in
 * {@link Parsed#skipped()}.
 *
 * <p>Design decision: the neural dependency parser is called directly and only the enhanced++
 * graph the coder reads is built; CoreNLP's depparse annotator also builds four graphs nobody
 * reads, 14-23% of the CPU a sentence (docs/benchmarks.md, "Coder speed"). The parses are the
 * same sentence for sentence.
 */
public final class Parser {

    /** Sentences with more words than this are not parsed (and so not coded). */
    public static final int MAX_TOKENS = 120;

    /** A document's parsed sentences and the numbers of the ones too long to parse. */
    public record Parsed(List<Parse> sentences, List<Integer> skipped) {}

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP analyser;
    private final DependencyParser dependencies;

    private Parser(StanfordCoreNLP splitter, StanfordCoreNLP analyser, DependencyParser dependencies) {
        this.splitter = splitter;
        this.analyser = analyser;
        this.dependencies = dependencies;
    }

    /** Loads the English models from the CoreNLP models jar on the class path. */
    public static Parser english() {
        DependencyParser dependencies = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        return new Parser(new StanfordCoreNLP(splitProperties()), new StanfordCoreNLP(analyseProperties()), dependencies);
    }

    /** The splitter's CoreNLP properties (tokenize, ssplit; a blank line ends a sentence). */
    public static Properties splitProperties() {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return split;
    }

    /** The analyser's CoreNLP properties (pos, lemma; the dependency parser runs apart from them). */
    public static Properties analyseProperties() {
        Properties analyse = new Properties();
        analyse.setProperty("annotators", "pos,lemma");
        analyse.setProperty("enforceRequirements", "false");
        analyse.setProperty("pos.maxlen", Integer.toString(MAX_TOKENS));
        return analyse;
    }

    /** Splits and parses a text. */
    public Parsed parse(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> kept = new ArrayList<>();
        List<Integer> keptNumbers = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<CoreLabel> keptTokens = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<CoreLabel> tokens = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() > MAX_TOKENS) {
                skipped.add(i + 1);
            } else if (!tokens.isEmpty()) {
                kept.add(all.get(i));
                keptNumbers.add(i + 1);
                keptTokens.addAll(tokens);
            }
        }
        if (kept.isEmpty()) {
            return new Parsed(List.of(), skipped);
        }
        Annotation toAnalyse = new Annotation(text);
        toAnalyse.set(CoreAnnotations.TokensAnnotation.class, keptTokens);
        toAnalyse.set(CoreAnnotations.SentencesAnnotation.class, kept);
        analyser.annotate(toAnalyse);
        for (CoreMap sentence : kept) {
            GrammaticalStructure structure = dependencies.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
        List<Parse> parses = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            parses.add(convert(keptNumbers.get(i), text, kept.get(i)));
        }
        return new Parsed(parses, skipped);
    }

    private static Parse convert(int number, String text, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.word(), lemma.toLowerCase(java.util.Locale.ROOT), l.tag() == null ? "" : l.tag(),
                    l.beginPosition(), l.endPosition()));
        }
        List<Parse.Edge> edges = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                edges.add(new Parse.Edge(e.getRelation().toString().toLowerCase(java.util.Locale.ROOT),
                        e.getGovernor().index() - 1, e.getDependent().index() - 1));
            }
        }
        int begin = labels.get(0).beginPosition();
        int end = labels.get(labels.size() - 1).endPosition();
        return new Parse(number, text.substring(begin, end), tokens, edges);
    }
}
