package orbit.core;

/**
 * How widely an event was reported, as GDELT measures it.
 *
 * @param rootEvent whether the event came from the lead paragraph of a story
 * @param mentions  mentions of the event in the first 15 minutes it was seen
 * @param sources   distinct information sources mentioning it
 * @param articles  distinct documents mentioning it
 * @param tone      average tone of those documents, -100 to +100
 */
public record Coverage(boolean rootEvent, int mentions, int sources, int articles, double tone) {}
