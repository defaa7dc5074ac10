-- V3 (to be renumbered V4 at merge if another V3 lands first): the audit trail and retention.
-- Append-only: never edit after it has shipped.

-- Who changed what, and when. Free text is never copied here: a change to a note, account,
-- outcome or "what the employer said" is recorded as "text changed" without the text.
CREATE TABLE audit_entry (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    reference   TEXT,
    member_id   TEXT,
    case_id     TEXT,
    action      TEXT NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_entry_member ON audit_entry(member_id, seq);
CREATE INDEX audit_entry_case ON audit_entry(case_id, seq);
CREATE INDEX audit_entry_entity ON audit_entry(entity_id, seq);

-- Present (one row) only inside a retention transaction that redacts the entries about a record
-- whose retention period has passed; storage limitation applies to the audit trail too.
CREATE TABLE audit_redaction (
    reason TEXT NOT NULL
);

-- Append-only: no entry is ever deleted, and none is changed except by retention redaction, which
-- may only blank the reference and the values ('[removed]'), never the who, when, what or field.
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be deleted.');
END;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
WHEN NOT (EXISTS (SELECT 1 FROM audit_redaction)
          AND new.seq = old.seq AND new.at = old.at AND new.who = old.who
          AND new.entity_kind = old.entity_kind AND new.entity_id = old.entity_id
          AND new.member_id IS old.member_id AND new.case_id IS old.case_id
          AND new.action = old.action AND new.field IS old.field
          AND (new.reference IS old.reference OR new.reference = '[removed]')
          AND (new.old_value IS old.old_value OR new.old_value = '[removed]')
          AND (new.new_value IS old.new_value OR new.new_value = '[removed]'))
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: entries cannot be changed.');
END;

-- When a record was anonymised under the retention policy (it then leaves the review).
ALTER TABLE member ADD COLUMN anonymised_on TEXT;
ALTER TABLE case_file ADD COLUMN anonymised_on TEXT;
ALTER TABLE workload_record ADD COLUMN anonymised_on TEXT;
