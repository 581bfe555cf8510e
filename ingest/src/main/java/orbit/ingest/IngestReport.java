package orbit.ingest;

import java.util.List;

/**
 * What an ingest did. Every document read was stored, already present or rejected; an input that
 * could not be read at all (a missing path, a damaged archive, a feed that is not one) counts as
 * one rejected document.
 *
 * @param inputs         inputs read (files and archive entries)
 * @param read           documents read: stored + alreadyPresent + rejected
 * @param stored         documents newly stored
 * @param alreadyPresent documents whose text was stored already (or came earlier in this ingest)
 * @param rejected       documents or inputs not read, each with a message in {@code rejects}
 * @param rejects        the first {@value #KEPT} rejects, in the order met
 * @param notices        the first {@value #KEPT} notices (guessed encodings, undated documents,
 *                       ids taken by another text, skipped files), in the order met
 */
public record IngestReport(int inputs, long read, long stored, long alreadyPresent, long rejected, List<IngestMessage> rejects,
        List<IngestMessage> notices) {
    /** How many rejects and notices a report keeps. */
    public static final int KEPT = 1000;

    public IngestReport {
        rejects = List.copyOf(rejects);
        notices = List.copyOf(notices);
    }

    /** Whether every document was stored or already present. */
    public boolean clean() {
        return rejected == 0;
    }
}
