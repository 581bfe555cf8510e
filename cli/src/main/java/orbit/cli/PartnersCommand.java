package orbit.cli;

import java.util.concurrent.Callable;
import orbit.analytics.Concentration;
import orbit.analytics.Domain;
import orbit.analytics.PartnerSeries;
import orbit.analytics.Period;
import orbit.analytics.Relations;
import orbit.analytics.Valence;
import orbit.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "partners", mixinStandardHelpOptions = true,
        description = {"How concentrated an entity's relations are on its partners, per period (strategic diversification",
            "as a number): partner shares of events, the Herfindahl-Hirschman index (0-1 and 0-10,000), the effective",
            "number of partners (1/HHI) and the top partner's share. Both directions; domestic events left out."})
final class PartnersCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    AnalysisOptions options;

    @Mixin
    FormatOption output;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "Entity id (ARM).")
    String entity;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "all",
            description = "diplomatic, security, economic or all (default ${DEFAULT-VALUE}); docs/analytics.md lists the CAMEO codes of each.")
    String channel;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "cooperation",
            description = "Which events make a partner: cooperation (QuadClass 1-2), conflict (3-4) or all (default ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Partners listed per period (default ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Tabular.Format format = output.format();
        Domain domain = channel.equalsIgnoreCase("all") ? null : Domain.parse(channel);
        Valence valence = Valence.parse(kind);
        try (EventStore s = store.open()) {
            PartnerSeries series = new Relations(s).partners(entity, domain, valence, options.window(Period.YEAR));
            table(series, Math.max(1, top)).print(format, spec.commandLine().getOut());
        }
        return Orbit.OK;
    }

    static Tabular table(PartnerSeries s, int top) {
        Tabular t = new Tabular()
                .meta("entity", s.entity())
                .meta("channel", s.domain() == null ? "all" : s.domain().id())
                .meta("kind", s.valence().id())
                .meta("period", s.window().period().sqlPart())
                .meta("events_command", "orbit events --actor " + s.entity() + " --from START --to END"
                        + (s.valence() == orbit.analytics.Valence.COOPERATION ? " --quad 1 and --quad 2" : s.valence() == orbit.analytics.Valence.CONFLICT ? " --quad 3 and --quad 4" : ""))
                .text("period").text("start").number("events", -1).number("partners", -1)
                .number("hhi", 3).number("hhi_10000", 0).number("effective_partners", 2)
                .text("top_partner").number("top_share", 3).text("low_coverage").text("shares");
        for (Concentration c : s.periods()) {
            t.row(c.label(), c.start().toString(), c.events(), (long) c.partners(), c.hhi(), c.hhi10000(), c.effectivePartners(),
                    c.top() == null ? null : c.top().partner(), c.top() == null ? Double.NaN : c.top().share(), c.lowCoverage(),
                    c.shares().subList(0, Math.min(top, c.shares().size())));
        }
        return t;
    }
}
