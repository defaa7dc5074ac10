-- V6 on PostgreSQL: whether each deadline's case is closed, on the deadline itself, kept by triggers
-- as V6__live_deadlines.sql keeps it in a file (the dashboard counts open deadlines of live cases
-- from one index). SECURITY DEFINER: a deadline's flag follows its case whoever may see the case.
ALTER TABLE deadline ADD COLUMN case_closed INTEGER NOT NULL DEFAULT 0 CHECK (case_closed IN (0, 1));
UPDATE deadline SET case_closed = 1 WHERE case_id IN (SELECT id FROM case_file WHERE status = 'CLOSED');

CREATE FUNCTION repdesk_deadline_case_closed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    NEW.case_closed := CASE WHEN (SELECT c.status FROM case_file c WHERE c.id = NEW.case_id) = 'CLOSED' THEN 1 ELSE 0 END;
    RETURN NEW;
END $$;
CREATE TRIGGER deadline_case_closed BEFORE INSERT OR UPDATE OF case_id ON deadline
    FOR EACH ROW EXECUTE FUNCTION repdesk_deadline_case_closed();

CREATE FUNCTION repdesk_case_closed_flags() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE deadline SET case_closed = CASE WHEN NEW.status = 'CLOSED' THEN 1 ELSE 0 END WHERE case_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER case_file_closed_flags AFTER UPDATE OF status ON case_file
    FOR EACH ROW WHEN ((OLD.status = 'CLOSED') IS DISTINCT FROM (NEW.status = 'CLOSED'))
    EXECUTE FUNCTION repdesk_case_closed_flags();

CREATE INDEX deadline_open_live_due ON deadline(done, case_closed, due_on, case_id);
DROP INDEX deadline_open_due_case;
