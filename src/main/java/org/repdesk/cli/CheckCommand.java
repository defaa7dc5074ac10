package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.service.FileCheck;
import org.repdesk.service.RepDesk;

/** {@code check}: SQLite's integrity checks and RepDesk's own; changes nothing. */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] check";
    }

    @Override
    public int run(Call call) {
        call.args().words(0, "nothing");
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDeskToRead()) {
            FileCheck.Report report = new FileCheck(desk.database()).run();
            if (report.healthy()) {
                call.out().println(Messages.text("cli.check.healthy", Map.of("file", desk.describe(), "summary", report.summary())));
                return 0;
            }
            int n = report.problems().size();
            call.err().println("repdesk: " + Messages.text("cli.check.problems", Map.of("file", desk.describe(), "n", n)));
            report.problems().forEach(p -> call.err().println("  - " + p));
            return 1;
        }
    }
}
