package org.repdesk.cli;

import java.util.Map;
import java.util.Set;
import org.repdesk.i18n.Messages;
import org.repdesk.service.FileCheck;
import org.repdesk.service.RepDesk;

/**
 * {@code check [--full]}: SQLite's checks and RepDesk's own; changes nothing. The quick check by
 * default (SQLite's quick check and the rules on cases, members, deadlines and workload); with
 * {@code --full} also the integrity and foreign-key checks, the search indexes and the timeline.
 */
final class CheckCommand implements Command {

    static final String FULL = "--full";

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] check [--full]";
    }

    @Override
    public Set<String> flags() {
        return Set.of(FULL);
    }

    @Override
    public int run(Call call) {
        call.args().words(0, "nothing");
        boolean full = call.args().flag(FULL);
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDeskToRead()) {
            // Each step said as it ends where someone watches (a full check of a large casebook takes a while);
            // a script's output stays the result alone.
            boolean watched = System.console() != null;
            FileCheck.Report report = new FileCheck(desk.database()).run(full, (done, total) -> {
                if (watched && done < total) {
                    call.err().println(Messages.text("pgwhole.check.progress", Map.of("done", done, "total", total)));
                }
            });
            if (report.healthy()) {
                call.out().println(Messages.text("cli.check.healthy", Map.of("file", desk.describe(), "summary", report.summary())));
                if (!full) {
                    call.out().println(Messages.text("perf.check.quickOnly"));
                }
                return 0;
            }
            int n = report.problems().size();
            call.err().println("repdesk: " + Messages.text("cli.check.problems", Map.of("file", desk.describe(), "n", n)));
            report.problems().forEach(p -> call.err().println("  - " + p));
            return 1;
        }
    }
}
