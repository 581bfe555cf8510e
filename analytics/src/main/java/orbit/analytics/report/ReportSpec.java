package orbit.analytics.report;

import java.util.List;
import orbit.analytics.Measure;
import orbit.analytics.Pole;
import orbit.analytics.Window;
import orbit.analytics.changepoint.Settings;

/**
 * What a report covers.
 *
 * @param entity   the focal entity (ARM)
 * @param partners the partners whose dyads get a chart each, in order
 * @param poleA    the alignment axis' first pole (score −1)
 * @param poleB    its second pole (score +1)
 * @param window   periods, range, dataset and coverage floor of every series
 * @param measure  the dyads' series charted and searched for changepoints
 * @param shifts   changepoint settings
 * @param evidence events listed per changepoint and per dyad
 */
public record ReportSpec(String entity, List<String> partners, Pole poleA, Pole poleB, Window window, Measure measure, Settings shifts, int evidence) {
    public ReportSpec {
        partners = List.copyOf(partners);
    }
}
