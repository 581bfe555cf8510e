package orbit.analytics;

import java.util.List;

/**
 * One end of an alignment axis: an entity and the members whose relations count as the pole's
 * (the EU with its member states, say). {@code members} does not repeat {@code id}.
 */
public record Pole(String id, List<String> members) {
    public Pole {
        members = List.copyOf(members);
    }

    /** The pole's entity and its members. */
    public List<String> entities() {
        List<String> all = new java.util.ArrayList<>();
        all.add(id);
        all.addAll(members);
        return all;
    }
}
