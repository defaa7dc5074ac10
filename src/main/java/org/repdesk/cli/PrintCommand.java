package org.repdesk.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.repdesk.i18n.Messages;
import org.repdesk.report.CaseSummary;
import org.repdesk.report.CaseSummaryHtml;
import org.repdesk.report.Pdf;
import org.repdesk.service.Printers;
import org.repdesk.service.RepDesk;

/**
 * {@code print CASE_REF} or {@code print --hearings}: the case summary (or the summaries for the
 * coming hearings) sent to a print queue, the same pages as the PDF.
 */
final class PrintCommand implements Command {

    static final int DEFAULT_DAYS = 14;

    private final Supplier<Printers> printers;

    PrintCommand() {
        this(Printers::ofThisComputer);
    }

    /** With the print queues given (tests print to a PostScript stream). */
    PrintCommand(Supplier<Printers> printers) {
        this.printers = printers;
    }

    @Override
    public String name() {
        return "print";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] print CASE_REF|--hearings [--days N] [--printer NAME] [--copies N] [--lang en|cy|both] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--printer", "--copies", "--days");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--hearings", Passphrases.PLAIN_TEXT);
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        boolean hearings = args.flag("--hearings");
        String reference = hearings ? null : args.words(1, Messages.text("cli.what.caseRefOrHearings")).get(0);
        if (hearings) {
            args.words(0, "");
        } else if (args.option("--days").isPresent()) {
            throw args.wrong(Messages.text("cli.print.daysWithHearings"));
        }
        int days = (int) args.wholeNumber("--days", DEFAULT_DAYS, 1, 366);
        int copies = (int) args.wholeNumber("--copies", 1, 1, Printers.MAX_COPIES);
        // The printer is checked before the data file is opened: a mistyped name reads nothing.
        Printers queues = printers.get();
        Printers.Queue queue = queue(queues, args.option("--printer").orElse(null));
        try (RepDesk desk = call.openDeskToWrite(Messages.text("print.what"))) {
            String title;
            List<CaseSummary> summaries;
            if (hearings) {
                summaries = CaseSummary.withHearingWithin(desk, days).stream().map(id -> CaseSummary.of(desk, id)).toList();
                title = Messages.text("print.job.hearings", Map.of("n", days));
                if (summaries.isEmpty()) {
                    call.out().println(Messages.text("print.noHearings", Map.of("n", days)));
                    return 0;
                }
            } else {
                summaries = List.of(CaseSummary.of(desk, reference));
                title = Messages.text("print.job.case", Map.of("ref", reference));
            }
            byte[] pdf = Pdf.bytes(CaseSummaryHtml.render(summaries, call.language()));
            int pages = queues.print(new Printers.Job(title, pdf, queue.name(), Printers.Paper.A4, copies));
            call.out().println(Messages.text("print.sent", Map.of("title", title, "printer", queue.name(),
                    "pages", pages, "copies", copies)));
            return 0;
        } catch (Printers.PrintFailure e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static Printers.Queue queue(Printers queues, String name) {
        try {
            if (name != null) {
                return queues.queueNamed(name);
            }
            return queues.preselected().orElseThrow(() -> new CommandFailure(Messages.text("print.none")));
        } catch (Printers.PrintFailure e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
