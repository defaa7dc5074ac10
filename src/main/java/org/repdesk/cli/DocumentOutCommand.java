package org.repdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.service.OwnerOnlyFile;
import org.repdesk.service.RepDesk;

/** {@code document-out CASE_REF DOC_NUMBER --out FILE}: one document written back out, exactly as attached. */
final class DocumentOutCommand implements Command {

    @Override
    public String name() {
        return "document-out";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] document-out CASE_REF DOC_NUMBER --out FILE [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out");
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT);
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        List<String> words = args.words(2, Messages.text("cli.what.caseRefAndNumber"));
        String reference = words.get(0);
        int number;
        try {
            number = Integer.parseInt(words.get(1).strip());
        } catch (NumberFormatException e) {
            throw args.wrong(Messages.text("papers.cli.bad-number", Map.of("text", words.get(1))));
        }
        Path out = Path.of(args.required("--out"));
        DataFiles.requireExisting(call.dataFile());
        if (DataFiles.sameFileOrCompanion(out, call.dataFile())) {
            throw new CommandFailure(Messages.text("papers.cli.out-is-data-file", Map.of("file", out.toString())));
        }
        if (Files.isDirectory(out)) {
            throw new CommandFailure(Messages.text("papers.error.folder", Map.of("file", out.toString())));
        }
        // The audit trail records that the document left RepDesk, so the file is opened to write.
        try (RepDesk desk = call.openDeskToWriteRecorded(Messages.text("papers.cli.what-written"))) {
            CaseDocument d = desk.documents().byNumber(reference, number);
            byte[] bytes = desk.documents().content(d);
            OwnerOnlyFile.write(out, stream -> stream.write(bytes));
            desk.documents().recordWrittenOut(d);
            call.out().println(Messages.text("papers.cli.written", Map.of("number", d.number(), "title", d.title(),
                    "file", out.toAbsolutePath().toString())));
        }
        return 0;
    }
}
