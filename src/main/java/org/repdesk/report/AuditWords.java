package org.repdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Labelled;
import org.repdesk.model.Priority;
import org.repdesk.model.Region;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.Union;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.AuditTrail;

/**
 * An audit trail entry in the reader's words, the same on the Changes tab and in the subject access
 * response: "Case 2026-0042: stage changed from Informal stage … to Appeal", or in Welsh "Achos
 * 2026-0042: newidiwyd cam o Cam anffurfiol … i Apêl". The trail itself stays as stored (English
 * labels and field names, "text changed", the rep's name or "(rep's name not set)"), so an export
 * reads the same whoever made it; only what is shown or printed is worded here.
 */
public final class AuditWords {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DOCUMENT = Pattern.compile("document (\\d+)"); // not for reps: stored data
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private AuditWords() {
    }

    /** What happened, as one sentence in {@code language}; a document named by its number alone. */
    public static String what(AuditEntry e, Locale language) {
        return what(e, language, Map.of());
    }

    /**
     * What happened, as one sentence in {@code language}. An entry about a document still on its case
     * ({@code documents}, by id) names it by its number and title as well: "Document 3 on case
     * 2026-0042, “Invitation to a hearing”: created". The title is read from the document, never kept
     * in the trail (it is free text, and goes when the document does).
     */
    public static String what(AuditEntry e, Locale language, Map<UUID, CaseDocument> documents) {
        String subject = e.kind() == AuditEntry.Kind.DOCUMENT ? document(e, language, documents)
                : e.kind().label(language) + (e.reference() == null ? "" : " " + value(e, e.reference(), language));
        String action = e.action().label(language);
        if (e.kind() == AuditEntry.Kind.DOCUMENT && exportedNumber(e).isPresent()) {
            return Messages.text(language, "audit.what.plain", Map.of("subject", subject, "action", action));
        }
        String field = e.field() == null ? null : field(e.field(), language);
        if (AuditEntry.TEXT_CHANGED.equals(e.newValue())) {
            return Messages.text(language, "audit.what.textChanged", Map.of("subject", subject,
                    "field", field == null ? "" : field));
        }
        if (e.action() == AuditEntry.Action.CHANGED && (e.oldValue() != null || e.newValue() != null)) {
            return Messages.text(language, "audit.what.changed", Map.of("subject", subject, "field", field == null ? "" : field,
                    "old", shownValue(e, e.oldValue(), language, true), "new", shownValue(e, e.newValue(), language, true)));
        }
        if (e.newValue() != null) {
            String value = shownValue(e, e.newValue(), language, false);
            return field == null
                    ? Messages.text(language, "audit.what.value", Map.of("subject", subject, "action", action, "value", value))
                    : Messages.text(language, "audit.what.fieldValue", Map.of("subject", subject, "field", field,
                            "action", action, "value", value));
        }
        return field == null
                ? Messages.text(language, "audit.what.plain", Map.of("subject", subject, "action", action))
                : Messages.text(language, "audit.what.field", Map.of("subject", subject, "field", field, "action", action));
    }

    /**
     * Which document: its number from the entry (or, for an entry written before documents had their
     * own reference, from the document itself while it is still on the case), and its title while it is.
     */
    private static String document(AuditEntry e, Locale language, Map<UUID, CaseDocument> documents) {
        String label = e.kind().label(language);
        if (e.reference() == null || AuditEntry.REMOVED.equals(e.reference())) {
            return label + (e.reference() == null ? "" : " " + value(e, e.reference(), language));
        }
        CaseDocument held = e.entityId() == null ? null : documents.get(e.entityId());
        OptionalInt number = e.documentNumber().isPresent() ? e.documentNumber()
                : held != null ? OptionalInt.of(held.number()) : exportedNumber(e);
        Map<String, Object> args = new java.util.HashMap<>(Map.of("case", e.caseReference()));
        if (number.isEmpty()) {
            return Messages.text(language, "audit.subject.documentGone", args);
        }
        args.put("number", number.getAsInt());
        if (held == null || held.title() == null) {
            return Messages.text(language, "audit.subject.document", args);
        }
        args.put("title", held.title());
        return Messages.text(language, "audit.subject.documentTitled", args);
    }

    /** The number in "document 3", what a document's copy written out records (its subject names it). */
    private static OptionalInt exportedNumber(AuditEntry e) {
        if (e.action() != AuditEntry.Action.EXPORTED || e.newValue() == null) {
            return OptionalInt.empty();
        }
        Matcher document = DOCUMENT.matcher(e.newValue());
        return document.matches() ? OptionalInt.of(Integer.parseInt(document.group(1))) : OptionalInt.empty();
    }

    /** Who made the change: the rep's name as recorded, or "(rep's name not set)" in {@code language}. */
    public static String who(String recorded, Locale language) {
        return AuditTrail.NAME_NOT_SET.equals(recorded) ? Messages.text(language, "audit.nameNotSet")
                : recorded == null ? "" : recorded;
    }

    /** When, to the minute, as dates are written here: "23/11/2026 14:05" in {@code zone}'s time. */
    public static String when(String at, ZoneId zone) {
        if (at == null || at.isBlank()) {
            return "";
        }
        try {
            return WHEN.format(Instant.parse(at).atZone(zone));
        } catch (DateTimeParseException e) {
            return at; // not a timestamp RepDesk wrote: shown as it is rather than hidden
        }
    }

    /** {@link #when(String, ZoneId)} in the computer's own time zone, as the rep reads the clock. */
    public static String when(String at) {
        return when(at, ZoneId.systemDefault());
    }

    /** A field as the services named it ("opened on"), in {@code language}; a name with no key as stored. */
    private static String field(String stored, Locale language) {
        String key = fieldKey(stored);
        return Messages.has(key) ? Messages.text(language, key) : stored;
    }

    /**
     * A value as the sentence carries it: {@code midSentence} ("status changed from open to closed") a
     * status or starting stage in lower case, as {@link CaseStatus#inSentence} and its kin give them
     * (a case type keeps its label: its Welsh mid-sentence form follows "achos", not "o" and "i", where
     * it would need a mutation); otherwise as it stands alone, after a colon.
     */
    private static String shownValue(AuditEntry e, String stored, Locale language, boolean midSentence) {
        if (stored == null) {
            return Messages.text(language, "audit.blank");
        }
        String field = e.field() == null ? "" : e.field();
        if (midSentence && field.equals("stage")) {
            return StageCatalogue.shownInSentence(stored, language);
        }
        if (midSentence) {
            Optional<? extends Labelled> set = closedSet(e.kind(), field, stored);
            if (set.isPresent() && set.get() instanceof CaseStatus s) {
                return s.inSentence(language);
            }
            if (set.isPresent() && set.get() instanceof DemandStatus s) {
                return s.inSentence(language);
            }
        }
        return value(e, stored, language);
    }

    /** A stored value in {@code language}: a closed set's label, yes or no, a date, a starting stage's name. */
    private static String value(AuditEntry e, String stored, Locale language) {
        if (AuditEntry.REMOVED.equals(stored)) {
            return Messages.text(language, "audit.removed");
        }
        if (ISO_DATE.matcher(stored).matches()) {
            try {
                return Dates.uk(LocalDate.parse(stored));
            } catch (DateTimeParseException notADate) {
                return stored;
            }
        }
        String field = e.field() == null ? "" : e.field();
        if (AuditTrail.YES.equals(stored) || AuditTrail.NO.equals(stored)) {
            return Messages.text(language, AuditTrail.YES.equals(stored) ? "doc.yes" : "doc.no");
        }
        if (field.equals("stage")) {
            return StageCatalogue.shown(stored, language);
        }
        if (e.action() == AuditEntry.Action.EXPORTED) {
            Matcher document = DOCUMENT.matcher(stored);
            if (document.matches()) {
                return Messages.text(language, "audit.exported.document", Map.of("number", document.group(1)));
            }
        }
        return closedSet(e.kind(), field, stored).map(l -> l.label(language)).orElse(stored);
    }

    /** The value of a field that holds a closed set's English label (or, for a few, its constant's name). */
    private static Optional<? extends Labelled> closedSet(AuditEntry.Kind kind, String field, String stored) {
        return switch (field) {
            case "type", "evidence case type" -> Labelled.parse(CaseType.class, stored); // not for reps: stored field names
            case "status" -> kind == AuditEntry.Kind.CASE ? Labelled.parse(CaseStatus.class, stored)
                    : Labelled.parse(DemandStatus.class, stored);
            case "kind" -> switch (kind) {
                case TIMELINE_ENTRY -> Labelled.parse(EntryKind.class, stored);
                case DEMAND -> Labelled.parse(DemandKind.class, stored);
                case DOCUMENT -> Labelled.parse(DocumentKind.class, stored);
                default -> Optional.empty();
            };
            case "workload factor" -> Labelled.parse(WorkloadFactor.class, stored); // not for reps: stored field names
            case "union" -> Labelled.parse(Union.class, stored);
            case "grade" -> Labelled.parse(Grade.class, stored);
            case "region" -> Labelled.parse(Region.class, stored);
            case "priority" -> Labelled.parse(Priority.class, stored);
            case "reason" -> Labelled.parse(AbsenceReason.class, stored);
            default -> Optional.empty();
        };
    }

    /**
     * The bundle key of a stored field name: "opened on" is {@code audit.field.openedOn}, "capacity %"
     * {@code audit.field.capacityPercent}, "disability-related" {@code audit.field.disabilityRelated}.
     */
    static String fieldKey(String stored) {
        StringBuilder key = new StringBuilder("audit.field.");
        boolean first = true;
        for (String word : stored.replace("%", " percent").strip().split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            key.append(first ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            first = false;
        }
        return key.toString();
    }
}
