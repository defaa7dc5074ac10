package org.repdesk.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.report.Dates;
import org.repdesk.service.RepDesk;
import org.repdesk.service.ValidationException;

/** {@code documents CASE_REF}: the case's documents, numbered as document-out takes them. */
final class DocumentsCommand implements Command {

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] documents CASE_REF";
    }

    @Override
    public int run(Call call) throws IOException {
        String reference = call.args().words(1, Messages.text("cli.what.caseRef")).get(0);
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDesk()) {
            CaseFile c = desk.cases().byReference(reference).orElseThrow(() -> new ValidationException(List.of(
                    Messages.text("papers.error.unknown-case", Map.of("reference", reference)))));
            List<CaseDocument> documents = desk.documents().ofCase(c.id());
            if (documents.isEmpty()) {
                call.out().println(Messages.text("papers.cli.none", Map.of("reference", c.reference())));
                return 0;
            }
            call.out().printf("%-4s %-11s %-28s %-9s %s%n", Messages.text("papers.cli.column.number"),
                    Messages.text("papers.field.date"), Messages.text("papers.field.kind"),
                    Messages.text("papers.cli.column.size"), Messages.text("papers.field.title"));
            for (CaseDocument d : documents) {
                call.out().printf("%-4d %-11s %-28s %-9s %s (%s)%n", d.number(), Dates.uk(d.dated()), d.kind().label(),
                        CaseDocument.readableSize(d.size()), d.title(), d.fileName());
            }
        }
        return 0;
    }
}
