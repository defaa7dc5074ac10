package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/**
 * A document on a case: a letter, a fit note, a report... Numbered 1, 2, 3 within its case (the
 * command line names it so), it is also an entry on the case's timeline ({@link #entryId}).
 * Its bytes are kept once per content ({@link #sha256}), however often they are attached.
 */
public record CaseDocument(UUID id, UUID caseId, UUID entryId, int number, DocumentKind kind, String title,
        String fileName, DocumentFormat format, LocalDate dated, String note, String sha256, long size) {

    /** The largest file a case holds: enough for a long scanned report, small enough to keep backups quick. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** The same document with new details (the file itself never changes once attached). */
    public CaseDocument withDetails(DocumentKind newKind, String newTitle, LocalDate newDate, String newNote) {
        return new CaseDocument(id, caseId, entryId, number, newKind, Problems.tidy(newTitle), fileName, format,
                newDate, Problems.tidy(newNote), sha256, size);
    }

    /** What is wrong with the details a rep gives (kind, title, date, note). */
    public List<String> problems() {
        return new Problems()
                .required("papers.field.kind", kind)
                .required("papers.field.title", title)
                .shortText("papers.field.title", title)
                .required("papers.field.date", dated)
                .plausibleDate("papers.field.date", dated)
                .longText("papers.field.note", note)
                .list();
    }

    /** A size as a rep reads it: "812 KB", "3.4 MB". */
    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return Messages.text("papers.size.bytes", java.util.Map.of("n", bytes));
        }
        if (bytes < 1024 * 1024) {
            return Messages.text("papers.size.kb", java.util.Map.of("n", Math.max(1, Math.round(bytes / 1024.0))));
        }
        return Messages.text("papers.size.mb", java.util.Map.of("n", Math.round(bytes / 104857.6) / 10.0));
    }
}
