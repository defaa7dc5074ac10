package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.repdesk.report.CaseSummary;
import org.repdesk.report.CaseSummaryHtml;
import org.repdesk.report.Pdf;
import org.repdesk.service.RepDesk;

/** {@code summary CASE_REF --out FILE.pdf}: one case on one or two A4 pages. */
final class SummaryCommand implements Command {

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] summary CASE_REF --out FILE.pdf [--lang en|cy|both] [--force] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out");
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        String reference = args.words(1, Messages.text("cli.what.caseRef")).get(0);
        Path out = DataFiles.documentOut(args, call.dataFile(), "pdf");
        try (RepDesk desk = call.openDeskToWrite(Messages.text("cli.what.summary"))) {
            Pdf.write(CaseSummaryHtml.render(CaseSummary.of(desk, reference), call.language()), out);
            call.out().println(Messages.text("cli.summary.written", Map.of("ref", reference, "file", out.toAbsolutePath().toString())));
        }
        return 0;
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }
}
