-- V3 on PostgreSQL: the audit trail and retention, as V3__audit_retention.sql makes them in a file.
-- Differences: seq is an identity column; the append-only rule is a PL/pgSQL trigger; and on a
-- casebook "who" is always the database login (current_user), set by the server, so the app
-- cannot write anyone else's name there.

CREATE TABLE audit_entry (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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

CREATE TABLE audit_redaction (
    reason TEXT NOT NULL
);

CREATE FUNCTION repdesk_audit_who() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := current_user;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_entry_who BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION repdesk_audit_who();

CREATE FUNCTION repdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'The audit trail is append-only: entries cannot be deleted.';
    END IF;
    IF NOT (EXISTS (SELECT 1 FROM audit_redaction)
            AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.who = OLD.who
            AND NEW.entity_kind = OLD.entity_kind AND NEW.entity_id = OLD.entity_id
            AND NEW.member_id IS NOT DISTINCT FROM OLD.member_id AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
            AND NEW.action = OLD.action AND NEW.field IS NOT DISTINCT FROM OLD.field
            AND (NEW.reference IS NOT DISTINCT FROM OLD.reference OR NEW.reference = '[removed]')
            AND (NEW.old_value IS NOT DISTINCT FROM OLD.old_value OR NEW.old_value = '[removed]')
            AND (NEW.new_value IS NOT DISTINCT FROM OLD.new_value OR NEW.new_value = '[removed]')) THEN
        RAISE EXCEPTION 'The audit trail is append-only: entries cannot be changed.';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION repdesk_audit_append_only();

ALTER TABLE member ADD COLUMN anonymised_on TEXT;
ALTER TABLE case_file ADD COLUMN anonymised_on TEXT;
ALTER TABLE workload_record ADD COLUMN anonymised_on TEXT;
