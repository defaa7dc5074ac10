package org.repdesk.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.AuditEntry.Action;
import org.repdesk.model.AuditEntry.Kind;
import org.repdesk.model.Labelled;
import org.repdesk.store.AuditStore;

/**
 * Who changed what, and when. Services call it inside their own write, so an entry is saved with
 * its change or not at all. Structured fields keep old and new values; free text (notes, accounts,
 * outcomes, what the employer said) is recorded as "text changed" and never copied.
 */
public final class AuditTrail {

    /**
     * Recorded as "who" until the rep sets their name in Settings: stored in the trail as data, so
     * the same in every language; shown in the reader's language by report/AuditWords.
     */
    public static final String NAME_NOT_SET = "(rep's name not set)"; // not for reps: stored data
    /** A true or false field as stored (report/AuditWords words it in the reader's language). */
    public static final String YES = "yes";
    public static final String NO = "no";

    /** The record an entry is about. */
    public record Subject(Kind kind, UUID id, String reference, UUID memberId, UUID caseId) {
    }

    /**
     * A record's fields as the audit trail compares them: structured values as text, free text
     * marked so that only the fact of a change is kept.
     */
    public static final class Fields {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Set<String> text = new LinkedHashSet<>();

        public Fields put(String name, Object value) {
            values.put(name, asText(value));
            return this;
        }

        /** Free text: compared, never recorded. */
        public Fields text(String name, String value) {
            values.put(name, value);
            text.add(name);
            return this;
        }

        private static String asText(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof Labelled l) {
                return l.label();
            }
            if (value instanceof Boolean b) {
                return b ? YES : NO;
            }
            return value.toString();
        }
    }

    public static Fields fields() {
        return new Fields();
    }

    /** One entry as exported (CSV columns, JSON keys). */
    @JsonPropertyOrder({"seq", "at", "who", "kind", "reference", "action", "field", "old_value", "new_value",
            "entity_id", "member_id", "case_id"})
    public record Row(
            long seq,
            String at,
            String who,
            String kind,
            String reference,
            String action,
            String field,
            String oldValue,
            String newValue,
            String entityId,
            String memberId,
            String caseId) {

        public static Row of(AuditEntry e) {
            return new Row(e.seq(), e.at(), e.who(), e.kind().label(), e.reference(), e.action().label(), e.field(),
                    e.oldValue(), e.newValue(), str(e.entityId()), str(e.memberId()), str(e.caseId()));
        }

        private static String str(UUID id) {
            return id == null ? null : id.toString();
        }
    }

    private final AuditStore store;
    private final SettingsService settings;

    public AuditTrail(AuditStore store, SettingsService settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Whom the entries name: the rep's name, or that none is set (MemberImport hands it to the store's batch). */
    String who() {
        return settings.repName().orElse(NAME_NOT_SET);
    }

    private AuditEntry entry(Subject s, Action action, String field, String oldValue, String newValue) {
        return new AuditEntry(0, null, who(), s.kind(), s.id(), s.reference(), s.memberId(), s.caseId(), action, field,
                oldValue, newValue);
    }

    /** A record was added (its values are on the record itself; the trail keeps that it was added). */
    public void created(Subject s) {
        store.append(List.of(entry(s, Action.CREATED, null, null, null)));
    }

    /** Many records were added at once (an import): one entry each, in the same transaction. */
    public void createdAll(List<Subject> subjects) {
        String who = who();
        store.append(subjects.stream().map(s -> new AuditEntry(0, null, who, s.kind(), s.id(), s.reference(),
                s.memberId(), s.caseId(), Action.CREATED, null, null, null)).toList());
    }

    /** A record was deleted (by the rep; retention uses {@link #removedUnderRetention}). */
    public void deleted(Subject s) {
        store.append(List.of(entry(s, Action.DELETED, null, null, null)));
    }

    /** One entry per field that differs; free text as "text changed". Nothing when nothing changed. */
    public void changed(Subject s, Fields before, Fields after) {
        List<AuditEntry> entries = new ArrayList<>();
        for (Map.Entry<String, String> f : after.values.entrySet()) {
            String name = f.getKey();
            String old = before.values.get(name);
            if (Objects.equals(old, f.getValue())) {
                continue;
            }
            if (after.text.contains(name)) {
                entries.add(entry(s, Action.CHANGED, name, null, AuditEntry.TEXT_CHANGED));
            } else {
                entries.add(entry(s, Action.CHANGED, name, old, f.getValue()));
            }
        }
        store.append(entries);
    }

    /** One structured field changed (e.g. a deadline marked done). */
    public void changed(Subject s, String field, Object oldValue, Object newValue) {
        changed(s, fields().put(field, oldValue), fields().put(field, newValue));
    }

    /**
     * A member or case deleted by the rep: the trail's earlier entries about it lose their values and
     * reference (a deleted record's name or number must not live on in the trail), then the deletion
     * is recorded. Who did what, and when, stays.
     */
    public void deletedAndForgotten(Subject s) {
        if (s.kind() == Kind.MEMBER) {
            store.redactMember(s.id(), "deleted");
            store.append(List.of(entry(new Subject(s.kind(), s.id(), null, s.memberId(), s.caseId()), Action.DELETED,
                    null, null, null)));
        } else {
            store.redactCase(s.id(), "deleted");
            store.append(List.of(entry(s, Action.DELETED, null, null, null)));
        }
    }

    /** A record deleted or anonymised under the retention policy. */
    void removedUnderRetention(Subject s, Action action, String why) {
        store.append(List.of(entry(s, action, "retention", null, why)));
    }

    /** Something was given out of RepDesk (a subject access response): what, not the content. */
    public void exported(Subject s, String what) {
        store.append(List.of(entry(s, Action.EXPORTED, null, null, what)));
    }

    // --- reading ---

    /** Entries about a case and everything on it, oldest first. */
    public List<AuditEntry> ofCase(UUID caseId) {
        return store.ofCase(caseId);
    }

    /** Entries about a member and everything of theirs (cases, workload records), oldest first. */
    public List<AuditEntry> ofMember(UUID memberId) {
        return store.ofMember(memberId);
    }

    public List<AuditEntry> all() {
        return store.all();
    }

    /** Writes the whole trail as CSV or JSON, owner-only and whole; returns how many entries. */
    public int export(Exporter.Format format, Path out) throws IOException {
        List<Row> rows = all().stream().map(Row::of).toList();
        Exporter.write(rows, Row.class, format, out);
        return rows.size();
    }
}
