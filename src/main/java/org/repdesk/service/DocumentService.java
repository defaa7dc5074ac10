package org.repdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Problems;
import org.repdesk.model.TimelineEntry;
import org.repdesk.store.CaseStore;
import org.repdesk.store.Database;
import org.repdesk.store.DocumentStore;
import org.repdesk.store.TimelineStore;

/**
 * Documents on cases: attaching a file (its words read once, into the notes' search), listing,
 * reading back, editing the details and deleting. Each document is an entry on its case's
 * timeline; its bytes live in the data file, once per content however often attached.
 */
public final class DocumentService {

    /** Where a search's words were found on one case (a note or a document), as the store gives it. */
    public record Found(UUID entryId, LocalDate date, EntryKind kind, String summary, String context) {
    }

    /** What a rep gives when attaching: the file's name and bytes, and the document's details. */
    public record Attachment(UUID caseId, String fileName, byte[] bytes, DocumentKind kind, LocalDate dated,
            String title, String note) {
    }

    private final Database db;
    private final CaseStore cases;
    private final TimelineStore timeline;
    private final DocumentStore documents;
    private final AuditTrail audit;

    DocumentService(Database db, AuditTrail audit) {
        this.db = db;
        this.cases = new CaseStore(db);
        this.timeline = new TimelineStore(db);
        this.documents = new DocumentStore(db);
        this.audit = audit;
    }

    /**
     * Reads a file for attaching, refusing (one line each) a missing file, a folder, an empty file,
     * one over {@link CaseDocument#MAX_BYTES}, or one whose kind RepDesk does not keep. The size is
     * checked before the file is read, so a 2 GB video is refused at once.
     */
    public static byte[] readForAttaching(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ValidationException(List.of(Messages.text("papers.error.folder", Map.of("file", file.toString()))));
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String name = String.valueOf(file.getFileName());
        requireKnownFormat(name);
        requireSize(name, Files.size(file));
        return Files.readAllBytes(file);
    }

    private static DocumentFormat requireKnownFormat(String fileName) {
        return DocumentFormat.ofFileName(fileName).orElseThrow(() -> new ValidationException(List.of(
                Messages.text("papers.error.format", Map.of("file", String.valueOf(fileName),
                        "endings", String.join(", ", DocumentFormat.allEndings()))))));
    }

    private static void requireSize(String fileName, long size) {
        if (size == 0) {
            throw new ValidationException(List.of(Messages.text("papers.error.empty", Map.of("file", fileName))));
        }
        if (size > CaseDocument.MAX_BYTES) { // rounded up, so a file just over says "25.1 MB", not "25 MB"
            throw new ValidationException(List.of(Messages.text("papers.error.too-large", Map.of("file", fileName,
                    "size", Messages.text("papers.size.mb", Map.of("n", Math.ceil(size / 104857.6) / 10.0)), "limit", CaseDocument.readableSize(CaseDocument.MAX_BYTES)))));
        }
    }

    /** Attaches a file from disk: {@link #readForAttaching} then {@link #attach(Attachment)}. */
    public CaseDocument attach(UUID caseId, Path file, DocumentKind kind, LocalDate dated, String title, String note)
            throws IOException {
        byte[] bytes = readForAttaching(file);
        return attach(new Attachment(caseId, String.valueOf(file.getFileName()), bytes, kind, dated, title, note));
    }

    /**
     * Attaches a document to a case: checks it, reads its words, stores its bytes (unless the same
     * bytes are already stored) and adds its entry to the case's timeline, all in one transaction.
     * With no title the file's name (without its ending) is used.
     */
    public CaseDocument attach(Attachment a) {
        String fileName = Problems.tidy(a.fileName());
        DocumentFormat format = requireKnownFormat(fileName);
        requireSize(fileName, a.bytes().length);
        if (!format.matches(java.util.Arrays.copyOf(a.bytes(), Math.min(a.bytes().length, 4096)))) {
            throw new ValidationException(List.of(Messages.text("papers.error.not-that-format",
                    Map.of("file", fileName, "format", format.ending().toUpperCase(java.util.Locale.ROOT)))));
        }
        String title = Problems.tidy(a.title()) == null ? stem(fileName) : a.title();
        UUID entryId = UUID.randomUUID();
        CaseDocument draft = new CaseDocument(UUID.randomUUID(), a.caseId(), entryId, 0, a.kind(),
                Problems.tidy(title), fileName, format, a.dated(), Problems.tidy(a.note()), sha256(a.bytes()),
                a.bytes().length);
        List<String> problems = new ArrayList<>(draft.problems());
        if (fileName.length() > Problems.SHORT_TEXT_MAX) {
            problems.add(Messages.text("papers.error.name-too-long"));
        }
        ValidationException.throwIfAny(problems);
        String text = DocumentText.of(format, a.bytes());
        return db.write(c -> {
            CaseFile caseFile = cases.byId(a.caseId())
                    .orElseThrow(() -> new ValidationException(List.of(Messages.text("papers.error.no-case"))));
            CaseDocument d = new CaseDocument(draft.id(), draft.caseId(), entryId, documents.nextNumber(a.caseId()),
                    draft.kind(), draft.title(), fileName, format, draft.dated(), draft.note(), draft.sha256(),
                    draft.size());
            documents.storeContent(d.sha256(), a.bytes());
            timeline.insert(entryOf(d, text));
            documents.insert(d);
            audit.created(subject(caseFile, d));
            return d;
        });
    }

    /** The timeline entry of a document: its title, then its note and the words inside it (searched like a note's). */
    private static TimelineEntry entryOf(CaseDocument d, String text) {
        StringBuilder body = new StringBuilder();
        if (d.note() != null) {
            body.append(d.note());
        }
        if (!text.isEmpty()) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            // The note and the document's words together stay within a note's length.
            int room = Problems.LONG_TEXT_MAX - body.length();
            body.append(text, 0, Math.max(0, Math.min(text.length(), room)));
        }
        return new TimelineEntry(d.entryId(), d.caseId(), d.dated(), EntryKind.DOCUMENT, d.title(),
                body.length() == 0 ? null : body.toString());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.length() > Problems.SHORT_TEXT_MAX ? stem.substring(0, Problems.SHORT_TEXT_MAX) : stem;
    }

    /** A case's documents, newest first. */
    public List<CaseDocument> ofCase(UUID caseId) {
        return documents.ofCase(caseId);
    }

    public Optional<CaseDocument> byId(UUID id) {
        return documents.byId(id);
    }

    /** The document a timeline entry stands for, if it is one (a "Document" note written by hand is not). */
    public Optional<CaseDocument> byEntry(UUID entryId) {
        return documents.byEntry(entryId);
    }

    /** Document number {@code number} of the case with this reference; a one-line reason when there is none. */
    public CaseDocument byNumber(String caseReference, int number) {
        CaseFile c = cases.byReference(caseReference == null ? null : caseReference.strip())
                .orElseThrow(() -> new ValidationException(List.of(Messages.text("papers.error.unknown-case",
                        Map.of("reference", String.valueOf(caseReference))))));
        return documents.byNumber(c.id(), number).orElseThrow(() -> new ValidationException(List.of(
                Messages.text("papers.error.unknown-document", Map.of("reference", c.reference(), "number", number)))));
    }

    /** The document's bytes, exactly as attached. */
    public byte[] content(CaseDocument d) {
        return documents.bytes(d);
    }

    /** Records in the audit trail that a document left RepDesk (written out, saved as a copy). */
    public void recordWrittenOut(CaseDocument d) {
        cases.byId(d.caseId()).ifPresent(c -> audit.exported(subject(c, d), "document " + d.number()));
    }

    /** Saves new details (kind, title, date, note) of a document; its entry on the timeline follows. */
    public CaseDocument edit(CaseDocument edited) {
        ValidationException.throwIfAny(edited.problems());
        return db.write(c -> {
            CaseDocument before = documents.byId(edited.id())
                    .orElseThrow(() -> new ValidationException(List.of(Messages.text("papers.error.gone"))));
            CaseFile caseFile = cases.byId(before.caseId()).orElseThrow();
            documents.update(edited);
            String text = DocumentText.of(before.format(), documents.bytes(before));
            timeline.update(entryOf(edited, text));
            audit.changed(subject(caseFile, edited), fields(before), fields(edited));
            return edited;
        });
    }

    /** Deletes a document: its entry, its row and, when no other case holds the same file, its bytes. */
    public void delete(UUID documentId) {
        db.write(c -> {
            documents.byId(documentId).ifPresent(d -> {
                timeline.delete(d.entryId()); // the document row goes with it (ON DELETE CASCADE)
                documents.purgeUnused();
                cases.byId(d.caseId()).ifPresent(cf -> audit.deleted(subject(cf, d)));
            });
            return null;
        });
    }

    /** Removes stored bytes no document uses any more (after a timeline entry or a case is deleted). */
    public void purgeUnused() {
        documents.purgeUnused();
    }

    /** The notes and documents of a case the search text is found in, with the words in context ("[word]"). */
    public List<Found> whereFound(UUID caseId, String text) {
        return documents.foundOnCase(caseId, text, 20).stream()
                .map(f -> new Found(f.entryId(), f.date(), f.kind(), f.automatic() == null ? f.summary()
                        : f.automatic().words(Messages.language()), f.context())).toList();
    }

    private static AuditTrail.Subject subject(CaseFile c, CaseDocument d) {
        return new AuditTrail.Subject(AuditEntry.Kind.DOCUMENT, d.id(), AuditEntry.documentReference(c.reference(),
                d.number()), c.memberId(), c.id());
    }

    private static AuditTrail.Fields fields(CaseDocument d) {
        return AuditTrail.fields().put("kind", d.kind().code()).put("date", d.dated()).text("title", d.title())
                .text("note", d.note());
    }

    /** The SHA-256 of the bytes in hex: the content's address, so the same file is stored once. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
