package orbit.analytics.changepoint;

import java.util.ArrayList;
import java.util.PriorityQueue;

/**
 * Binary segmentation: find the split of the whole series that lowers the cost most, keep it if it
 * gains more than the penalty per change, and repeat on the pieces, best gain first, until no
 * split of any piece gains more. Splits leave {@code minSize} values or more on each side; ties go
 * to the earliest index. Greedy, so not always optimal, but O(n log n) for balanced splits. Stateless.
 */
final class BinarySegmentation {
    private BinarySegmentation() {}

    private record Split(int start, int at, int end, double gain) {}

    static int[] changepoints(SegmentCost c, int minSize) {
        PriorityQueue<Split> queue = new PriorityQueue<>((p, q) -> p.gain() != q.gain() ? Double.compare(q.gain(), p.gain()) : Integer.compare(p.at(), q.at()));
        offer(queue, c, 0, c.size(), minSize);
        ArrayList<Integer> found = new ArrayList<>();
        double beta = c.perChange();
        while (!queue.isEmpty()) {
            Split s = queue.poll();
            if (!(s.gain() > beta)) {
                break;
            }
            found.add(s.at());
            offer(queue, c, s.start(), s.at(), minSize);
            offer(queue, c, s.at(), s.end(), minSize);
        }
        return found.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static void offer(PriorityQueue<Split> queue, SegmentCost c, int start, int end, int minSize) {
        if (end - start < 2 * minSize) {
            return;
        }
        double whole = c.segment(start, end);
        double best = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (int t = start + minSize; t <= end - minSize; t++) {
            double gain = whole - c.segment(start, t) - c.segment(t, end);
            if (gain > best) {
                best = gain;
                at = t;
            }
        }
        queue.add(new Split(start, at, end, best));
    }
}
