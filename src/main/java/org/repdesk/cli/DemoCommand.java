package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.nio.file.Files;
import java.util.Set;
import org.repdesk.service.DemoData;
import org.repdesk.service.RepDesk;

/** {@code demo [--members N] [--cases N] [--seed S]}: fills a new, empty data file with demo data. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] demo [--members N] [--cases N] [--seed S]";
    }

    @Override
    public int run(Call call) {
        Args args = call.args();
        args.words(0, "nothing");
        int members = (int) args.wholeNumber("--members", DemoData.DEFAULT_MEMBERS, 1, DemoData.MAX_MEMBERS);
        int cases = (int) args.wholeNumber("--cases", DemoData.DEFAULT_CASES, 0, DemoData.MAX_CASES);
        long seed = args.wholeNumber("--seed", DemoData.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        boolean existed = call.onCasebook() || Files.exists(call.dataFile());
        long started = System.nanoTime();
        try (RepDesk desk = call.openDesk()) {
            DemoData.Result result = new DemoData(desk).generate(members, cases, seed);
            double seconds = (System.nanoTime() - started) / 1e9;
            call.out().println(Messages.text(existed ? "cli.demo.wrote" : "cli.demo.created", Map.of("where", desk.describe(),
                    "summary", result.summary(), "seed", seed, "seconds", String.format(java.util.Locale.UK, "%.1f", seconds))));
        }
        return 0;
    }

    @Override
    public Set<String> options() {
        return Set.of("--members", "--cases", "--seed");
    }
}
