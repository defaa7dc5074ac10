package org.repdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.LetterLanguage;
import org.repdesk.model.MergeField;
import org.repdesk.report.LetterFiles;
import org.repdesk.service.LetterService;
import org.repdesk.service.OwnerOnlyFile;
import org.repdesk.service.RepDesk;
import org.repdesk.service.ValidationException;

/**
 * {@code letter CASE_REF --template NAME [--out FILE.docx|.pdf] [--format docx|pdf] [--lang en|cy|both]}:
 * a letter from a template, filled from the case and kept on it as a document; with --out, also
 * written to a file. The fields the case has no value for are named first.
 */
final class LetterCommand implements Command {

    @Override
    public String name() {
        return "letter";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] letter CASE_REF --template NAME [--out FILE.docx|.pdf] [--format docx|pdf]"
                + " [--lang en|cy|both] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--template", "--out", "--format");
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        String reference = args.words(1, Messages.text("cli.what.caseRef")).get(0);
        String template = args.required("--template");
        // --lang is the command line's own (Cli reads it for every command): a letter takes it too.
        LetterLanguage language = LetterLanguage.valueOf(call.language().name());
        LetterFiles.Format format = args.option("--format").map(f -> LetterFiles.Format.ofFileName("." + f.strip())
                .orElseThrow(() -> args.wrong(Messages.text("letters.cli.bad-format", Map.of("format", f)))))
                .orElse(null);
        Path out = null;
        if (args.option("--out").isPresent()) {
            out = DataFiles.documentOut(args, call.dataFile(), "docx", "pdf");
            LetterFiles.Format asked = LetterFiles.Format.ofFileName(out.getFileName().toString()).orElseThrow();
            if (format != null && format != asked) {
                throw args.wrong(Messages.text("letters.cli.format-and-out", Map.of("format", format.ending(),
                        "file", out.getFileName().toString())));
            }
            format = asked;
        } else {
            DataFiles.requireExisting(call.dataFile());
        }
        if (format == null) {
            format = LetterFiles.Format.DOCX;
        }
        // A letter written out is a plain file: from a protected data file only with --plain-text.
        try (RepDesk desk = out == null ? call.openDesk()
                : call.openDeskToWriteRecorded(Messages.text("letters.cli.what-written"))) {
            CaseFile c = desk.cases().byReference(reference).orElseThrow(() -> new ValidationException(List.of(
                    Messages.text("papers.error.unknown-case", Map.of("reference", reference)))));
            LetterService.Filled filled = desk.letters().fill(template, c.id(), language);
            if (!filled.empty().isEmpty()) {
                call.out().println(Messages.text("letters.empty-fields", Map.of("n", filled.empty().size(),
                        "fields", String.join(", ", filled.empty().stream().map(MergeField::inBraces).toList()))));
            }
            byte[] bytes = LetterFiles.bytes(filled.letter(), format);
            // On the case first: a file that cannot be written then loses nothing, the letter is kept.
            CaseDocument kept = desk.letters().keepOnCase(c.id(), filled.letter(), format.ending(), bytes);
            call.out().println(Messages.text("letters.cli.kept", Map.of("number", kept.number(), "title", kept.title(),
                    "reference", c.reference())));
            if (out != null) {
                OwnerOnlyFile.write(out, stream -> stream.write(bytes));
                desk.documents().recordWrittenOut(kept);
                call.out().println(Messages.text("letters.cli.written", Map.of("file", out.toAbsolutePath().toString())));
            }
        }
        return 0;
    }
}
