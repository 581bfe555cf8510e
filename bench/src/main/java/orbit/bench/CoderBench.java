package orbit.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import orbit.cli.DocumentCoding;
import orbit.coder.CodedEvent;
import orbit.coder.EventCoder;
import orbit.coder.Parse;
import orbit.coder.Parser;
import orbit.core.Document;
import orbit.core.Event;
import orbit.core.Ontology;
import orbit.ingest.DocumentSink;
import orbit.ingest.Ingest;
import orbit.ingest.IngestOptions;
import orbit.store.DocumentStore;
import orbit.store.EventStore;

/**
 * Coder speed benchmark: sentences per second of the whole coding path against CoreNLP alone, in one
 * JVM on the same texts, for a real news corpus (repeated) and generated news:
 *
 * <ol>
 *   <li>{@code main}: (1) CoreNLP alone, {@link Parser#parse} (tokenize, ssplit, pos, lemma,
 *       depparse) of every document on {@code --threads} threads, against (2) the whole path, what
 *       {@code orbit code} does once the documents are in the store: read uncoded documents in
 *       batches of {@code --batch}, {@link EventCoder#code} them on {@code --threads} threads,
 *       {@link EventStore#addCoded} each batch, close the store. The documents are ingested into a
 *       fresh store before each pass, outside the timing; the real corpus's copies go to one fresh
 *       store each, as a store keeps a text once, and only the last copy's close is timed, as one
 *       {@code orbit code} run closes its store once;
 *   <li>{@code pcfg}: (3) CoreNLP's constituency pipeline (tokenize, ssplit, pos, lemma, parse),
 *       what PETRARCH2 reads, on a seeded random subset of each corpus ({@code --pcfg-sentences}),
 *       against (1) on the same subset;
 *   <li>{@code stages}: where the time goes: tokenize+ssplit, pos, lemma and depparse as separate
 *       annotators, depparse split into the neural parser and the graph conversions, the coder on
 *       parsed sentences, and the store writes alone (all, events only, coded marks only);
 *   <li>{@code options} (not by default): CoreNLP settings that may speed the pipeline, each timed
 *       against Parser's own settings and compared with its output (tags, lemmas, enhanced++ edges),
 *       on the first {@code --options-docs} documents of {@code --options-corpus}.
 * </ol>
 *
 * <p>Every measurement is a warm-up pass then {@code --runs} timed passes, reported as the median of
 * wall-clock time (System.nanoTime) and of process CPU time; passes of the measurements compared with each other alternate, so that noise from
 * other work on the machine falls on both. Progress goes to stderr, results to stdout.
 */
public final class CoderBench {
    private static final String USAGE = "CoderBench [--corpus FILE.jsonl] [--repeat 6] [--docs 400] [--seed 42] [--threads CORES] "
            + "[--runs 3] [--batch 64] [--pcfg-sentences 40] [--options-docs 150] [--options-corpus generated|real] [--work DIR] "
            + "[--phases main,pcfg,stages,options]";
    private static final Set<String> PHASES = Set.of("main", "pcfg", "stages", "options");
    private static final String SR_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
    private static final String PCFG_MODEL = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

    /** A corpus as coded: {@code rounds} are stored one store each (copies of a real corpus) or together. */
    private record Corpus(String name, List<List<Document>> rounds) {
        List<Document> all() {
            return rounds.stream().flatMap(List::stream).toList();
        }
    }

    /** One timed pass: wall-clock and process CPU seconds, and what was done. */
    private record Pass(double seconds, double cpu, long sentences, long tokens, long skipped, long events) {
        static Pass of(long sentences, long tokens, long skipped, long events) {
            return new Pass(0, 0, sentences, tokens, skipped, events);
        }

        static Pass sum(Stopwatch clock, List<Pass> parts) {
            return sum(clock.wallSeconds(), clock.cpuSeconds(), parts);
        }

        static Pass sum(double seconds, double cpu, List<Pass> parts) {
            return new Pass(seconds, cpu, parts.stream().mapToLong(Pass::sentences).sum(), parts.stream().mapToLong(Pass::tokens).sum(),
                    parts.stream().mapToLong(Pass::skipped).sum(), parts.stream().mapToLong(Pass::events).sum());
        }
    }

    /**
     * Wall-clock time (System.nanoTime) and this process's CPU time (all its threads: the workers,
     * GC, the JIT, DuckDB's own) since it was started. On a machine shared with other work the CPU
     * time is the steadier measure of the work done; the wall time is what a user waits.
     */
    private record Stopwatch(long wall, long cpu) {
        static Stopwatch start() {
            return new Stopwatch(System.nanoTime(), processCpu());
        }

        double wallSeconds() {
            return (System.nanoTime() - wall) / 1e9;
        }

        double cpuSeconds() {
            return (processCpu() - cpu) / 1e9;
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private final Path corpusFile;
    private final int repeat;
    private final int docs;
    private final long seed;
    private final int threads;
    private final int runs;
    private final int batch;
    private final int pcfgSentences;
    private final int optionsDocs;
    private final String optionsCorpus;
    private final Path work;
    private final List<String> phases;
    private final Figures results = new Figures();
    /** The last whole-path pass's wall time in nanoseconds: reading uncoded documents, coding (waiting for the pool), addCoded, close. */
    private final long[] split = new long[4];
    /** Per corpus, (2)'s time over (1)'s: wall clock, CPU. */
    private final Map<String, double[]> overheads = new HashMap<>();
    private final ExecutorService pool;
    private EventCoder coder;
    private int storeNumber;

    private CoderBench(Path corpusFile, int repeat, int docs, long seed, int threads, int runs, int batch, int pcfgSentences, int optionsDocs,
            String optionsCorpus, Path work, List<String> phases) {
        this.corpusFile = corpusFile;
        this.repeat = repeat;
        this.docs = docs;
        this.seed = seed;
        this.threads = threads;
        this.runs = runs;
        this.batch = batch;
        this.pcfgSentences = pcfgSentences;
        this.optionsDocs = optionsDocs;
        this.optionsCorpus = optionsCorpus;
        this.work = work;
        this.phases = phases;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args, USAGE);
        Path corpus = Path.of(a.value("--corpus", "samples/news/armenia-2018-2025.jsonl"));
        int repeat = (int) a.longValue("--repeat", 6);
        int docs = (int) a.longValue("--docs", 400);
        long seed = a.longValue("--seed", 42);
        int threads = (int) a.longValue("--threads", Runtime.getRuntime().availableProcessors());
        int runs = (int) a.longValue("--runs", 3);
        int batch = (int) a.longValue("--batch", 64);
        int pcfgSentences = (int) a.longValue("--pcfg-sentences", 40);
        int optionsDocs = (int) a.longValue("--options-docs", 150);
        String optionsCorpus = a.value("--options-corpus", "generated");
        Path work = Path.of(a.value("--work", "/tmp/orbit-bench/coder"));
        List<String> phases = Arrays.asList(a.value("--phases", "main,pcfg,stages").split(","));
        for (String p : phases) {
            if (!PHASES.contains(p)) {
                System.err.println("phase '" + p + "' not found; phases are " + PHASES);
                System.exit(2);
            }
        }
        a.done();
        if (!Files.isRegularFile(corpus)) {
            System.err.println("corpus " + corpus.toAbsolutePath() + " not found; give the news JSONL with --corpus "
                    + "(the repository's samples/news/armenia-2018-2025.jsonl)");
            System.exit(2);
        }
        CoderBench bench = new CoderBench(corpus, repeat, docs, seed, threads, runs, batch, pcfgSentences, optionsDocs, optionsCorpus, work, phases);
        try {
            bench.run();
        } finally {
            bench.pool.shutdownNow();
        }
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        results.put("java", System.getProperty("java.version") + " " + System.getProperty("java.vm.name"));
        results.put("jvm options", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        results.put("cpus", Runtime.getRuntime().availableProcessors());
        results.put("max heap GB", String.format(Locale.ROOT, "%.1f", Runtime.getRuntime().maxMemory() / 1e9));
        results.put("threads", threads);
        results.put("runs (median of)", runs);
        long t0 = System.nanoTime();
        coder = EventCoder.standard(Ontology.standard(), List.of(), List.of());
        results.put("load coder and CoreNLP models s", Figures.secs(System.nanoTime() - t0));

        List<Document> real = readCorpus(corpusFile);
        List<List<Document>> copies = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            copies.add(real);
        }
        List<Corpus> corpora = List.of(new Corpus("real", copies), new Corpus("generated", List.of(new NewsGenerator(seed).documents(docs))));
        results.put("real corpus", corpusFile + ": " + real.size() + " documents x " + repeat);
        results.put("generated corpus", docs + " documents, seed " + seed);

        for (Corpus c : corpora) {
            describe(c);
        }
        if (phases.contains("main")) {
            for (Corpus c : corpora) {
                main(c);
            }
        }
        if (phases.contains("pcfg")) {
            for (Corpus c : corpora) {
                pcfg(c);
            }
        }
        if (phases.contains("stages")) {
            for (Corpus c : corpora) {
                stages(c);
            }
        }
        if (phases.contains("options")) {
            options(corpora.stream().filter(c -> c.name().equals(optionsCorpus)).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("--options-corpus " + optionsCorpus + " not found; corpora are real and generated")));
        }
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
        results.put("GC s over the whole run (model loading included)", Figures.secs(gc * 1_000_000));
        results.put("heap used at the end GB", String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e9));
        System.out.println();
        results.print("results", 64);
    }

    private static List<Document> readCorpus(Path file) {
        List<Document> read = new ArrayList<>();
        List<String> rejects = new ArrayList<>();
        Ingest.read(List.of(file), new DocumentSink() {
            @Override
            public void accept(Document document) {
                read.add(document);
            }

            @Override
            public void reject(String input, long line, String reason) {
                rejects.add(input + ":" + line + " " + reason);
            }

            @Override
            public void notice(String input, long line, String message) {}
        }, IngestOptions.Progress.NONE);
        if (!rejects.isEmpty()) {
            throw new IllegalStateException(file + " has documents that cannot be read: " + rejects);
        }
        return read;
    }

    /** Sentences, tokens per sentence and sentences too long to parse, from one parse of one copy. */
    private void describe(Corpus c) throws Exception {
        List<Document> once = c.rounds().get(0);
        Pass p = depparsePass(once);
        long chars = once.stream().mapToLong(d -> d.text().length()).sum();
        results.put(c.name() + ": documents (one copy)", once.size());
        results.put(c.name() + ": sentences (one copy)", p.sentences());
        results.put(c.name() + ": sentences per document", String.format(Locale.ROOT, "%.1f", (double) p.sentences() / once.size()));
        results.put(c.name() + ": tokens per sentence", String.format(Locale.ROOT, "%.1f", (double) p.tokens() / (p.sentences() - p.skipped())));
        results.put(c.name() + ": characters per document", chars / once.size());
        results.put(c.name() + ": sentences over " + Parser.MAX_TOKENS + " words (skipped)", p.skipped());
    }

    // ---- (1) CoreNLP alone against (2) the whole path ---------------------------------------------

    private void main(Corpus c) throws Exception {
        List<Document> all = c.all();
        System.err.println(c.name() + ": warm-up");
        depparsePass(all);
        wholePass(c);
        double[] depparse = new double[runs];
        double[] whole = new double[runs];
        double[] depparseCpu = new double[runs];
        double[] wholeCpu = new double[runs];
        Pass d = null;
        Pass w = null;
        double[][] splits = new double[split.length][runs];
        for (int r = 0; r < runs; r++) {
            d = depparsePass(all);
            depparse[r] = d.seconds();
            depparseCpu[r] = d.cpu();
            w = wholePass(c);
            whole[r] = w.seconds();
            wholeCpu[r] = w.cpu();
            for (int i = 0; i < split.length; i++) {
                splits[i][r] = Figures.secs(split[i]);
            }
            System.err.printf(Locale.ROOT, "%s run %d: depparse %.2f s, CPU %.2f s (%.0f sentences/s); whole path %.2f s, CPU %.2f s "
                    + "(%.0f sentences/s)%n", c.name(), r + 1, d.seconds(), d.cpu(), d.sentences() / d.seconds(), w.seconds(), w.cpu(),
                    w.sentences() / w.seconds());
        }
        long n = d.sentences();
        String k = c.name() + ": ";
        results.put(k + "sentences per pass", n);
        results.put(k + "(1) CoreNLP depparse pipeline s", runsText(depparse));
        results.put(k + "(1) CoreNLP depparse pipeline sentences/s", rate(n / median(depparse)));
        results.put(k + "(1) CPU s (all threads)", runsText(depparseCpu));
        results.put(k + "(1) sentences/s on " + threads + " cores of its own (sentences / (CPU s / " + threads + "))",
                rate(n / (median(depparseCpu) / threads)));
        results.put(k + "(2) whole path (parse + code + store) s", runsText(whole));
        results.put(k + "(2) whole path sentences/s", rate(n / median(whole)));
        results.put(k + "(2) CPU s (all threads)", runsText(wholeCpu));
        results.put(k + "(2) sentences/s on " + threads + " cores of its own (sentences / (CPU s / " + threads + "))",
                rate(n / (median(wholeCpu) / threads)));
        results.put(k + "(2) events stored per pass", w.events());
        results.put(k + "(2) of which: uncoded reads, coding (waiting for the pool), addCoded, close s", String.format(Locale.ROOT,
                "%.2f, %.2f, %.2f, %.2f (medians)", median(splits[0]), median(splits[1]), median(splits[2]), median(splits[3])));
        results.put(k + "overhead of (2) over (1), wall clock", percent(median(whole) / median(depparse) - 1));
        results.put(k + "overhead of (2) over (1), CPU", percent(median(wholeCpu) / median(depparseCpu) - 1));
        overheads.put(c.name(), new double[] {median(whole) / median(depparse), median(wholeCpu) / median(depparseCpu)});
    }

    /** Parser.parse of every document on the pool: CoreNLP alone. */
    private Pass depparsePass(List<Document> documents) throws Exception {
        Parser parser = coder.parser();
        Stopwatch clock = Stopwatch.start();
        List<Pass> parts = onPool(documents, doc -> {
            Parser.Parsed p = parser.parse(doc.text());
            long tokens = p.sentences().stream().mapToLong(Parse::size).sum();
            return Pass.of(p.sentences().size() + p.skipped().size(), tokens, p.skipped().size(), 0);
        });
        return Pass.sum(clock, parts);
    }

    /** Ingests each round into a fresh store (not timed), then times coding it as {@code orbit code} does. */
    private Pass wholePass(Corpus c) throws Exception {
        List<Pass> parts = new ArrayList<>();
        double seconds = 0;
        double cpu = 0;
        Arrays.fill(split, 0);
        for (int r = 0; r < c.rounds().size(); r++) {
            Path file = freshStore();
            EventStore store = EventStore.open(file);
            try {
                ingest(store, c.rounds().get(r));
                Stopwatch clock = Stopwatch.start();
                Pass p = codeStore(store);
                if (r == c.rounds().size() - 1) {
                    // one orbit code run closes its store once, so a pass times one close
                    long t0 = System.nanoTime();
                    store.close();
                    split[3] += System.nanoTime() - t0;
                }
                seconds += clock.wallSeconds();
                cpu += clock.cpuSeconds();
                parts.add(p);
            } finally {
                store.close();
                Figures.deleteStore(file);
            }
        }
        return Pass.sum(seconds, cpu, parts);
    }

    /** The loop of {@code orbit code} itself ({@link DocumentCoding}), its wall time split into reads, coding and store writes. */
    private Pass codeStore(EventStore store) throws Exception {
        DocumentCoding.Totals t = new DocumentCoding(coder, CodedEvent::happened, pool, batch)
                .run(store, new PrintWriter(java.io.OutputStream.nullOutputStream()));
        split[0] += t.readNanos();
        split[1] += t.codingNanos();
        split[2] += t.storeNanos();
        return Pass.of(t.sentences(), 0, 0, t.events());
    }

    private void ingest(EventStore store, List<Document> documents) {
        for (int i = 0; i < documents.size(); i += IngestOptions.DEFAULT_BATCH) {
            for (DocumentStore.Outcome o : store.documents().add(documents.subList(i, Math.min(documents.size(), i + IngestOptions.DEFAULT_BATCH)))) {
                if (o.status() != DocumentStore.Status.STORED) {
                    throw new IllegalStateException(o.document().id() + " was not stored (" + o.status() + "); the corpus must have distinct texts");
                }
            }
        }
    }

    // ---- (3) the constituency pipeline PETRARCH2 needs --------------------------------------------

    private void pcfg(Corpus c) throws Exception {
        // documents drawn at random (seeded) until they hold --pcfg-sentences sentences
        List<Document> shuffled = new ArrayList<>(c.rounds().get(0));
        Collections.shuffle(shuffled, new Random(seed));
        List<Document> subset = new ArrayList<>();
        long have = 0;
        for (Document d : shuffled) {
            if (have >= pcfgSentences) {
                break;
            }
            subset.add(d);
            Parser.Parsed p = coder.parser().parse(d.text());
            have += p.sentences().size() + p.skipped().size();
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,parse");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", Integer.toString(Parser.MAX_TOKENS));
        props.setProperty("parse.maxlen", Integer.toString(Parser.MAX_TOKENS));
        boolean sr = getClass().getClassLoader().getResource(SR_MODEL) != null;
        props.setProperty("parse.model", sr ? SR_MODEL : PCFG_MODEL);
        results.put("constituency parser model", props.getProperty("parse.model")
                + (sr ? "" : " (the shift-reduce model " + SR_MODEL + " is not in the models jar)"));
        StanfordCoreNLP constituency = new StanfordCoreNLP(props);
        Function<Document, Pass> parse = doc -> {
            Annotation a = new Annotation(doc.text());
            constituency.annotate(a);
            List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
            long tokens = sentences.stream().mapToLong(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
            return Pass.of(sentences.size(), tokens, 0, 0);
        };
        System.err.println(c.name() + ": constituency parse warm-up on " + subset.size() + " documents");
        timed(subset, parse);
        depparsePass(subset);
        double[] tree = new double[runs];
        double[] dep = new double[runs];
        double[] treeCpu = new double[runs];
        double[] depCpu = new double[runs];
        Pass p = null;
        Pass d = null;
        for (int r = 0; r < runs; r++) {
            p = timed(subset, parse);
            tree[r] = p.seconds();
            treeCpu[r] = p.cpu();
            d = depparsePass(subset);
            dep[r] = d.seconds();
            depCpu[r] = d.cpu();
            System.err.printf(Locale.ROOT, "%s run %d: constituency %.2f s, CPU %.2f s (%.1f sentences/s); depparse %.2f s, CPU %.2f s%n",
                    c.name(), r + 1, p.seconds(), p.cpu(), p.sentences() / p.seconds(), d.seconds(), d.cpu());
        }
        String k = c.name() + ": ";
        double treeRate = p.sentences() / median(tree);
        double depRate = d.sentences() / median(dep);
        results.put(k + "(3) subset documents, sentences, tokens per sentence", subset.size() + ", " + p.sentences() + ", "
                + String.format(Locale.ROOT, "%.1f", (double) p.tokens() / p.sentences()));
        results.put(k + "(3) CoreNLP constituency pipeline s", runsText(tree));
        results.put(k + "(3) CoreNLP constituency pipeline sentences/s", String.format(Locale.ROOT, "%.1f", treeRate));
        results.put(k + "(1) on the same subset sentences/s", rate(depRate));
        results.put(k + "ratio (1)/(3) on the subset", String.format(Locale.ROOT, "%.1fx", depRate / treeRate));
        results.put(k + "(3) CPU s (all threads)", runsText(treeCpu));
        results.put(k + "(3) sentences/s on " + threads + " cores of its own", String.format(Locale.ROOT, "%.1f",
                p.sentences() / (median(treeCpu) / threads)));
        results.put(k + "ratio (1)/(3) on the subset, by CPU time", String.format(Locale.ROOT, "%.1fx", median(treeCpu) / median(depCpu)));
        double[] overhead = overheads.get(c.name());
        if (overhead != null) {
            // (2) ran on the whole corpus: (2)/(3) is (1)/(3) on the subset over (2)'s cost relative to (1)
            results.put(k + "ratio (2)/(3), through (2)/(1) on the whole corpus", String.format(Locale.ROOT, "%.1fx (by CPU time %.1fx)",
                    depRate / treeRate / overhead[0], median(treeCpu) / median(depCpu) / overhead[1]));
        }
    }

    // ---- where the time goes ------------------------------------------------------------------------

    private void stages(Corpus c) throws Exception {
        List<Document> once = c.rounds().get(0);
        StanfordCoreNLP split = new StanfordCoreNLP(Parser.splitProperties());
        StanfordCoreNLP pos = single("pos");
        StanfordCoreNLP lemma = single("lemma");
        StanfordCoreNLP depparse = single("depparse");
        DependencyParser nn = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        Map<Document, Annotation> analysed = new HashMap<>();
        Function<Document, Pass> splitting = doc -> {
            Annotation a = new Annotation(doc.text());
            split.annotate(a);
            Annotation kept = keptSentences(doc.text(), a);
            synchronized (analysed) {
                analysed.put(doc, kept);
            }
            return sentences(kept);
        };
        Function<Document, Pass> tagging = doc -> annotate(pos, analysed.get(doc));
        Function<Document, Pass> lemmatising = doc -> annotate(lemma, analysed.get(doc));
        Function<Document, Pass> parsing = doc -> annotate(depparse, analysed.get(doc));
        Function<Document, Pass> predicting = doc -> {
            for (CoreMap s : analysed.get(doc).get(CoreAnnotations.SentencesAnnotation.class)) {
                nn.predict(s);
            }
            return sentences(analysed.get(doc));
        };
        Function<Document, Pass> enhancedPlusPlus = doc -> {
            for (CoreMap s : analysed.get(doc).get(CoreAnnotations.SentencesAnnotation.class)) {
                SemanticGraphFactory.makeFromTree(nn.predict(s), SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
            }
            return sentences(analysed.get(doc));
        };
        Map<Document, List<Parse>> parsed = new HashMap<>();
        for (Document d : once) {
            parsed.put(d, coder.parser().parse(d.text()).sentences());
        }
        Function<Document, Pass> coding = doc -> {
            long events = 0;
            for (Parse p : parsed.get(doc)) {
                events += coder.code(doc.id(), doc.published() == null ? LocalDate.now() : doc.published(), p).size();
            }
            return Pass.of(parsed.get(doc).size(), 0, 0, events);
        };
        Function<Document, Pass> whole = doc -> {
            Parser.Parsed p = coder.parser().parse(doc.text());
            return Pass.of(p.sentences().size(), 0, 0, 0);
        };

        Map<String, Function<Document, Pass>> stages = new LinkedHashMap<>();
        stages.put("tokenize+ssplit", splitting);
        stages.put("pos", tagging);
        stages.put("lemma", lemmatising);
        stages.put("depparse (annotator: parser + 5 graphs)", parsing);
        stages.put("  of which neural parser (predict)", predicting);
        stages.put("  predict + enhanced++ graph only", enhancedPlusPlus);
        stages.put("Parser.parse (all of the above + conversion)", whole);
        stages.put("EventCoder.code on parsed sentences", coding);
        Map<String, double[]> wall = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        for (String name : stages.keySet()) {
            wall.put(name, new double[runs]);
            cpu.put(name, new double[runs]);
        }
        String store = "store writes alone (uncoded + addCoded + close, 1 thread)";
        Map<String, StoreWork> storeWork = new LinkedHashMap<>();
        storeWork.put(store, StoreWork.ALL);
        storeWork.put("  of which the events (EventStore.add, close)", StoreWork.EVENTS);
        storeWork.put("  of which the coded marks (DocumentStore.markCoded, close)", StoreWork.MARKS);
        for (String name : storeWork.keySet()) {
            wall.put(name, new double[runs]);
            cpu.put(name, new double[runs]);
        }
        Map<String, List<Event>> coded = codedEvents(once);
        System.err.println(c.name() + ": stages warm-up");
        for (var s : stages.entrySet()) {
            timed(once, s.getValue());
        }
        storePass(once, coded, StoreWork.ALL);
        for (int r = 0; r < runs; r++) {
            for (var s : stages.entrySet()) {
                Pass p = timed(once, s.getValue());
                wall.get(s.getKey())[r] = p.seconds();
                cpu.get(s.getKey())[r] = p.cpu();
            }
            for (var w : storeWork.entrySet()) {
                Pass p = storePass(once, coded, w.getValue());
                wall.get(w.getKey())[r] = p.seconds();
                cpu.get(w.getKey())[r] = p.cpu();
            }
        }
        long n = sentences(once);
        String parse = "Parser.parse (all of the above + conversion)";
        double wholeCpu = median(cpu.get(parse)) + median(cpu.get("EventCoder.code on parsed sentences")) + median(cpu.get(store));
        String k = c.name() + ": stage ";
        for (String name : wall.keySet()) {
            double w = median(wall.get(name));
            double u = median(cpu.get(name));
            results.put(k + name, String.format(Locale.ROOT, "%.3f s, CPU %.3f s (%.2f ms a sentence, %.0f%% of the CPU of parse+code+store), %s sentences/s",
                    w, u, 1000 * u / n, 100 * u / wholeCpu, rate(n / w)));
        }
        double stagesCpu = median(cpu.get("tokenize+ssplit")) + median(cpu.get("pos")) + median(cpu.get("lemma"))
                + median(cpu.get("depparse (annotator: parser + 5 graphs)"));
        results.put(k + "rest of Parser.parse (second Annotation, conversion to Parse), CPU s by difference",
                String.format(Locale.ROOT, "%.3f", median(cpu.get(parse)) - stagesCpu));
    }

    private static StanfordCoreNLP single(String annotator) {
        Properties p = ParsePipeline.analyseProperties();
        p.setProperty("annotators", annotator);
        return new StanfordCoreNLP(p);
    }

    private static Annotation keptSentences(String text, Annotation split) {
        List<CoreMap> kept = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : split.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!t.isEmpty() && t.size() <= Parser.MAX_TOKENS) {
                kept.add(s);
                tokens.addAll(t);
            }
        }
        Annotation a = new Annotation(text);
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        a.set(CoreAnnotations.SentencesAnnotation.class, kept);
        return a;
    }

    private static Pass annotate(StanfordCoreNLP pipeline, Annotation a) {
        pipeline.annotate(a);
        return sentences(a);
    }

    private static Pass sentences(Annotation a) {
        return Pass.of(a.get(CoreAnnotations.SentencesAnnotation.class).size(), 0, 0, 0);
    }

    private long sentences(List<Document> documents) throws Exception {
        return depparsePass(documents).sentences();
    }

    /** What a store pass writes: all of orbit code's writes, or only the events, or only the coded marks. */
    private enum StoreWork {
        ALL, EVENTS, MARKS
    }

    /** Each document's events as orbit code stores them. */
    private Map<String, List<Event>> codedEvents(List<Document> documents) throws Exception {
        Map<String, List<Event>> coded = new HashMap<>();
        onPool(documents, d -> {
            List<Event> events = new ArrayList<>();
            for (CodedEvent e : coder.code(d.id(), d.published() == null ? LocalDate.now() : d.published(), d.text()).events()) {
                if (e.happened()) {
                    events.add(DocumentCoding.withUrl(e.event(), d));
                }
            }
            synchronized (coded) {
                coded.put(d.id(), events);
            }
            return Pass.of(0, 0, 0, 0);
        });
        return coded;
    }

    /**
     * Store writes alone, on one thread, of events coded beforehand, in batches of {@code --batch}
     * documents: ALL as orbit code (uncoded documents read, addCoded, close), EVENTS only the events
     * ({@link EventStore#add} without marks), MARKS only the marks ({@link DocumentStore#markCoded}).
     */
    private Pass storePass(List<Document> documents, Map<String, List<Event>> coded, StoreWork work) throws Exception {
        Path file = freshStore();
        EventStore store = EventStore.open(file);
        try {
            ingest(store, documents);
            Stopwatch clock = Stopwatch.start();
            for (int i = 0; ; i += batch) {
                List<Document> b = work == StoreWork.ALL ? store.documents().uncoded(batch)
                        : documents.subList(Math.min(i, documents.size()), Math.min(i + batch, documents.size()));
                if (b.isEmpty()) {
                    break;
                }
                List<Event> events = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (Document d : b) {
                    ids.add(d.id());
                    events.addAll(coded.get(d.id()));
                }
                switch (work) {
                    case ALL -> store.addCoded(events, ids);
                    case EVENTS -> store.add(events, null);
                    case MARKS -> store.documents().markCoded(ids);
                }
            }
            store.close();
            return new Pass(clock.wallSeconds(), clock.cpuSeconds(), 0, 0, 0, 0);
        } finally {
            store.close();
            Figures.deleteStore(file);
        }
    }

    // ---- options ----------------------------------------------------------------------------------

    /** A CoreNLP setting to try: property overrides, lean depparse, and the threads to run documents on. */
    private record Variant(String name, Map<String, String> overrides, boolean lean, int threads) {}

    private void options(Corpus c) throws Exception {
        List<Document> subset = c.rounds().get(0).subList(0, Math.min(optionsDocs, c.rounds().get(0).size()));
        results.put("options corpus", c.name() + ", first " + subset.size() + " documents");
        List<Variant> variants = List.of(
                new Variant("Parser's settings (bench copy)", Map.of(), false, threads),
                new Variant("1 document thread", Map.of(), false, 1),
                new Variant("1 document thread, pos.nthreads=2, depparse.nthreads=2", Map.of("pos.nthreads", "2", "depparse.nthreads", "2"),
                        false, 1),
                new Variant("tokenize.options=invertible=false", Map.of("tokenize.options", "invertible=false"), false, threads),
                new Variant("depparse.numPreComputed=400000", Map.of("depparse.numPreComputed", "400000"), false, threads),
                new Variant("lean depparse (predict + enhanced++ only)", Map.of(), true, threads),
                new Variant("lean depparse + numPreComputed=400000", Map.of("depparse.numPreComputed", "400000"), true, threads));
        Map<Document, ParsePipeline.Result> reference = new HashMap<>();
        for (Document d : subset) {
            reference.put(d, reference(d.text()));
        }
        ExecutorService one = Executors.newFixedThreadPool(1);
        try {
            for (Variant v : variants) {
                System.err.println("options: " + v.name());
                ParsePipeline pipeline = ParsePipeline.of(v.overrides(), v.lean());
                ExecutorService on = v.threads() == threads ? pool : v.threads() == 1 ? one : Executors.newFixedThreadPool(v.threads());
                Map<Document, ParsePipeline.Result> out = new HashMap<>();
                Function<Document, Pass> parse = doc -> {
                    ParsePipeline.Result r = pipeline.parse(doc.text());
                    synchronized (out) {
                        out.put(doc, r);
                    }
                    return Pass.of(r.sentences().size() + r.skipped(), r.tokens(), r.skipped(), 0);
                };
                onPool(on, subset, parse);
                depparsePass(subset);
                double[] t = new double[runs];
                double[] base = new double[runs];
                double[] tCpu = new double[runs];
                double[] baseCpu = new double[runs];
                Pass p = null;
                for (int r = 0; r < runs; r++) {
                    Stopwatch clock = Stopwatch.start();
                    p = Pass.sum(clock, onPool(on, subset, parse));
                    t[r] = p.seconds();
                    tCpu[r] = p.cpu();
                    Pass b = depparsePass(subset);
                    base[r] = b.seconds();
                    baseCpu[r] = b.cpu();
                }
                long n = p.sentences();
                results.put("option " + v.name(), String.format(Locale.ROOT, "%s sentences/s (CPU %.2f ms a sentence) against Parser's %s sentences/s "
                        + "(CPU %.2f ms) in the same passes: %+.0f%% wall clock, %+.0f%% CPU; %s", rate(n / median(t)), 1000 * median(tCpu) / n,
                        rate(n / median(base)), 1000 * median(baseCpu) / n, 100 * (median(base) / median(t) - 1),
                        100 * (median(baseCpu) / median(tCpu) - 1), agreement(reference, out)));
            }
        } finally {
            one.shutdownNow();
        }
    }

    private ParsePipeline.Result reference(String text) {
        Parser.Parsed p = coder.parser().parse(text);
        List<ParsePipeline.Analysis> sentences = p.sentences().stream().map(ParsePipeline.Analysis::of).toList();
        return new ParsePipeline.Result(sentences, p.skipped().size(), p.sentences().stream().mapToLong(Parse::size).sum());
    }

    /** How far a variant's output is from Parser's: identical sentences, tags, lemmas and edges. */
    private static String agreement(Map<Document, ParsePipeline.Result> reference, Map<Document, ParsePipeline.Result> variant) {
        long sentences = 0;
        long same = 0;
        long tokens = 0;
        long sameTags = 0;
        long sameLemmas = 0;
        long edges = 0;
        long sharedEdges = 0;
        long variantEdges = 0;
        for (var e : reference.entrySet()) {
            List<ParsePipeline.Analysis> ref = e.getValue().sentences();
            List<ParsePipeline.Analysis> got = variant.get(e.getKey()).sentences();
            if (ref.size() != got.size()) {
                return "sentence split differs in " + e.getKey().id();
            }
            for (int i = 0; i < ref.size(); i++) {
                ParsePipeline.Analysis a = ref.get(i);
                ParsePipeline.Analysis b = got.get(i);
                sentences++;
                if (a.equals(b)) {
                    same++;
                }
                for (int t = 0; t < Math.min(a.tags().size(), b.tags().size()); t++) {
                    sameTags += a.tags().get(t).equals(b.tags().get(t)) ? 1 : 0;
                    sameLemmas += a.lemmas().get(t).equals(b.lemmas().get(t)) ? 1 : 0;
                }
                tokens += a.tags().size();
                edges += a.edges().size();
                variantEdges += b.edges().size();
                sharedEdges += b.edges().stream().filter(a.edges()::contains).count();
            }
        }
        return String.format(Locale.ROOT, "output: %d of %d sentences identical, tags %.2f%%, lemmas %.2f%%, edges %.2f%% of Parser's found "
                + "(%d extra)", same, sentences, 100.0 * sameTags / tokens, 100.0 * sameLemmas / tokens, 100.0 * sharedEdges / edges,
                variantEdges - sharedEdges);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private Pass timed(List<Document> documents, Function<Document, Pass> work) throws Exception {
        Stopwatch clock = Stopwatch.start();
        List<Pass> parts = onPool(documents, work);
        return Pass.sum(clock, parts);
    }

    private List<Pass> onPool(List<Document> documents, Function<Document, Pass> work) throws Exception {
        return onPool(pool, documents, work);
    }

    /** Runs {@code work} on every document on {@code on}, all documents submitted at once. */
    private static List<Pass> onPool(ExecutorService on, List<Document> documents, Function<Document, Pass> work) throws Exception {
        List<Callable<Pass>> tasks = new ArrayList<>(documents.size());
        for (Document d : documents) {
            tasks.add(() -> work.apply(d));
        }
        List<Pass> out = new ArrayList<>(documents.size());
        for (Future<Pass> f : on.invokeAll(tasks)) {
            out.add(f.get());
        }
        return out;
    }

    private Path freshStore() throws IOException {
        Path file = work.resolve("coder-bench-" + ProcessHandle.current().pid() + "-" + (++storeNumber) + ".duckdb");
        Figures.deleteStore(file);
        return file;
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * fraction);
    }

    private static String runsText(double[] t) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%.2f (runs:", median(t)));
        for (double x : t) {
            b.append(String.format(Locale.ROOT, " %.2f", x));
        }
        return b.append(')').toString();
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
