/**
 * Documents in: plain text, HTML, JSONL, RSS 2.0 and Atom feeds, folders of them and .zip and .gz
 * archives, read into {@link orbit.core.Document}s and stored once per text in the store's
 * documents table. Entry points: {@link orbit.ingest.Ingest#run} (read and store) and
 * {@link orbit.ingest.Ingest#read} (read only). The formats, ids and handling of bad input are
 * described in docs/ingest.md.
 */
package orbit.ingest;
