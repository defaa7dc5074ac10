package org.repdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.repdesk.i18n.Messages;
import org.repdesk.service.CalendarExport;
import org.repdesk.service.RepDesk;

/** {@code calendar --out FILE.ics [--from DATE] [--to DATE] [--case CASE_REF] [--with-names]}: hearings and deadlines for a diary. */
final class CalendarCommand implements Command {

    private static final String WITH_NAMES = "--with-names";

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] calendar --out FILE.ics [--from DATE] [--to DATE] [--case CASE_REF] [--with-names]"
                + " [--force] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out", "--from", "--to", "--case");
    }

    @Override
    public Set<String> flags() {
        return Set.of(WITH_NAMES, Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        args.words(0, "");
        // What the rep typed is checked (exit 2) before any file is looked at (exit 1).
        LocalDate from = args.option("--from").map(d -> BriefCommand.date(args, "--from", d)).orElse(null);
        LocalDate to = args.option("--to").map(d -> BriefCommand.date(args, "--to", d)).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            throw args.wrong(Messages.text("papers.cli.calendar-backwards"));
        }
        Path out = DataFiles.documentOut(args, call.dataFile(), "ics");
        try (RepDesk desk = call.openDeskToWrite(Messages.text("papers.cli.calendar-what"))) {
            int events = desk.calendar().write(out, new CalendarExport.Choice(from, to, args.option("--case"),
                    args.flag(WITH_NAMES)));
            call.out().println(Messages.text("papers.cli.calendar-written", Map.of("n", events,
                    "file", out.toAbsolutePath().toString())));
        }
        return 0;
    }
}
