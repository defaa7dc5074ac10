package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.repdesk.report.Caseload;
import org.repdesk.report.CaseloadHtml;
import org.repdesk.report.Pdf;
import org.repdesk.report.PdfAhead;
import org.repdesk.service.RepDesk;

/** {@code report caseload --out FILE.pdf}: the caseload report for branch meetings. */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] report caseload --out FILE.pdf [--lang en|cy|both] [--force] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out");
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        String which = args.words(1, Messages.text("cli.what.report")).get(0);
        if (!which.equals("caseload")) {
            throw args.wrong(Messages.text("cli.report.unknown", Map.of("which", which)));
        }
        Path out = DataFiles.documentOut(args, call.dataFile(), "pdf");
        // On a second core while the figures are read (PdfAhead): on a casebook the server counts them
        // and this process only waits, so the PDF library's first start (1.3 s of CPU for the brief's) overlaps it.
        PdfAhead ahead = PdfAhead.start();
        try (RepDesk desk = call.openDeskToWrite(Messages.text("cli.what.caseload"))) {
            Caseload figures = Caseload.of(desk);
            ahead.awaitReady();
            Pdf.write(CaseloadHtml.render(figures, call.language()), out);
            call.out().println(Messages.text("cli.report.written", Map.of("file", out.toAbsolutePath().toString())));
        }
        return 0;
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }
}
