package org.repdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentKind;
import org.repdesk.service.DocumentService;
import org.repdesk.service.RepDesk;
import org.repdesk.service.ValidationException;

/** {@code attach CASE_REF FILE [--kind K] [--title T] [--date D] [--note N]}: a document onto a case. */
final class AttachCommand implements Command {

    @Override
    public String name() {
        return "attach";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] attach CASE_REF FILE [--kind " + String.join("|", kinds())
                + "] [--title T] [--date DATE] [--note TEXT]";
    }

    private static List<String> kinds() {
        return Arrays.stream(DocumentKind.values()).map(DocumentKind::code).toList();
    }

    @Override
    public Set<String> options() {
        return Set.of("--kind", "--title", "--date", "--note");
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        List<String> words = args.words(2, Messages.text("cli.what.caseRefAndFile"));
        String reference = words.get(0);
        Path file = Path.of(words.get(1));
        DocumentKind kind = args.option("--kind").map(k -> kind(args, k)).orElse(DocumentKind.OTHER);
        LocalDate date = args.option("--date").map(d -> BriefCommand.date(args, "--date", d)).orElse(null);
        DataFiles.requireExisting(call.dataFile());
        // The file is read and checked (missing, folder, size, kind) before the data file is opened.
        byte[] bytes = DocumentService.readForAttaching(file);
        try (RepDesk desk = call.openDesk()) {
            CaseFile c = desk.cases().byReference(reference).orElseThrow(() -> new ValidationException(List.of(
                    Messages.text("papers.error.unknown-case", Map.of("reference", reference)))));
            CaseDocument d = desk.documents().attach(new DocumentService.Attachment(c.id(),
                    String.valueOf(file.getFileName()), bytes, kind, date == null ? desk.cases().today() : date,
                    args.option("--title").orElse(null), args.option("--note").orElse(null)));
            call.out().println(Messages.text("papers.cli.attached", Map.of("number", d.number(),
                    "title", d.title(), "reference", c.reference(), "size", CaseDocument.readableSize(d.size()))));
        }
        return 0;
    }

    private static DocumentKind kind(Args args, String text) {
        return Arrays.stream(DocumentKind.values())
                .filter(k -> k.code().equalsIgnoreCase(text.strip()) || k.name().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElseThrow(() -> args.wrong(Messages.text("papers.cli.bad-kind",
                        Map.of("kind", text, "kinds", String.join(", ", kinds())))));
    }
}
