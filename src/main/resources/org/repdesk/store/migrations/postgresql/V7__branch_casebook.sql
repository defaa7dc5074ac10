-- V7 on PostgreSQL: the branch casebook's access rules (issue 16), enforced by the server itself.
-- The columns are V7__branch_casebook.sql's; here they default to the login saving the row, and
-- row-level security decides what each login sees:
--   repdesk_rep      the members and cases assigned to (or shared with) the login, and members
--                    it added; reads the demands log;
--   repdesk_officer  every member and case; assigns cases; keeps the demands log;
--   repdesk_reader   anonymised figures only (the brief_* views of V8), no table at all.
-- The group roles are made by `repdesk casebook init` before this runs (roles belong to the
-- server, not the database). The owner bypasses these rules; RepDesk never connects as it to work.
ALTER TABLE member ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE member ADD COLUMN updated_by TEXT;
ALTER TABLE member ADD COLUMN created_by TEXT DEFAULT current_user;
ALTER TABLE case_file ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE case_file ADD COLUMN updated_by TEXT;
ALTER TABLE case_file ADD COLUMN assigned_to TEXT DEFAULT current_user;
CREATE INDEX case_file_assigned ON case_file(assigned_to);

CREATE TABLE case_share (
    case_id   TEXT NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    login     TEXT NOT NULL,
    shared_on TEXT NOT NULL,
    PRIMARY KEY (case_id, login)
);
CREATE INDEX case_share_login ON case_share(login, case_id);

-- The casebook's people: who each login is (for "changed by", assignment lists) and their role.
CREATE TABLE repdesk_user (
    login     TEXT PRIMARY KEY,
    full_name TEXT,
    role      TEXT NOT NULL CHECK (role IN ('rep', 'officer', 'reader')),
    added_on  TEXT NOT NULL
);

-- Who saved a member or case last is the login, set by the server like the audit trail's "who".
CREATE FUNCTION repdesk_saved_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_by := current_user;
    RETURN NEW;
END $$;
CREATE TRIGGER member_saved_by BEFORE INSERT OR UPDATE ON member FOR EACH ROW EXECUTE FUNCTION repdesk_saved_by();
CREATE TRIGGER case_file_saved_by BEFORE INSERT OR UPDATE ON case_file FOR EACH ROW EXECUTE FUNCTION repdesk_saved_by();

-- The rules, as functions the policies share. SECURITY DEFINER (run as the owner, whom row-level
-- security does not bind) so that a policy on one table can look at another without recursion.
-- Policies call repdesk_is_officer() as (SELECT …): evaluated once per query, not once per row.
CREATE FUNCTION repdesk_is_officer() RETURNS BOOLEAN LANGUAGE sql STABLE
    AS $$ SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') $$;
-- Inside a SECURITY DEFINER function current_user is the owner, so the login is passed in.
-- (Parameters are named unlike any column: in an SQL function a column of the same name would win.)
CREATE FUNCTION repdesk_can_see_case(the_case TEXT, who NAME) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(who, 'repdesk_officer', 'MEMBER')
        OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = the_case AND c.assigned_to = who)
        OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = the_case AND s.login = who)
$$;
CREATE FUNCTION repdesk_can_see_member(the_member TEXT, who NAME) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(who, 'repdesk_officer', 'MEMBER')
        OR EXISTS (SELECT 1 FROM member m WHERE m.id = the_member AND m.created_by = who)
        OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = the_member AND c.assigned_to = who)
        OR EXISTS (SELECT 1 FROM case_share s JOIN case_file c ON c.id = s.case_id
                   WHERE c.member_id = the_member AND s.login = who)
$$;

-- The highest case number used in a year across the whole casebook (a rep sees only their own
-- cases, but references are the branch's). The lock, held to the end of the saving transaction,
-- keeps two reps saving at the same moment from taking the same number.
CREATE FUNCTION repdesk_last_case_number(from_ref TEXT, to_ref TEXT) RETURNS INTEGER LANGUAGE plpgsql
    VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7263540);
    RETURN (SELECT max(CAST(substr(reference, 6) AS INTEGER)) FROM case_file
            WHERE reference >= from_ref AND reference < to_ref);
END $$;

-- Whether a reference or membership number is used anywhere in the casebook, for a rep bringing
-- their file in: a yes/no, never whose (the rep has the number from their own file already).
CREATE FUNCTION repdesk_reference_taken(ref TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM case_file WHERE reference = ref) $$;
CREATE FUNCTION repdesk_member_number_taken(num TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$ SELECT EXISTS (SELECT 1 FROM member WHERE membership_number = num) $$;
REVOKE EXECUTE ON FUNCTION repdesk_reference_taken(TEXT), repdesk_member_number_taken(TEXT),
    repdesk_last_case_number(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repdesk_reference_taken(TEXT), repdesk_member_number_taken(TEXT),
    repdesk_last_case_number(TEXT, TEXT) TO repdesk_rep, repdesk_officer;

-- The rules. A case is the officers', its assigned rep's, and the reps it is shared with; the
-- other tables ask case_file (or member) in their policies, where case_file's own policy then
-- applies: one rule, written once, as a correlated EXISTS (an index lookup per row). Measured at
-- 100,000 cases: "IN (SELECT id FROM case_file)" instead reads the login's whole caseload for every
-- query (0.32 s to open one case's timeline), so EXISTS stays; the whole list is 0.8 s either way
-- and is the next thing to make quicker (docs/benchmarks.md).
-- A policy names its table (member.id) where a subquery's table has a column of the same name.
-- Officers pass first, before any subquery: cheaper, and a row for a case that does not exist is
-- then refused by its foreign key ("no longer exists"), not as a matter of rights.
ALTER TABLE case_file ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_file_seen ON case_file FOR SELECT USING ((SELECT repdesk_is_officer()) OR assigned_to = current_user
    OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = case_file.id AND s.login = current_user));
-- A rep opens cases for themselves; only an officer opens one for someone else.
CREATE POLICY case_file_opened ON case_file FOR INSERT
    WITH CHECK ((SELECT repdesk_is_officer()) OR (assigned_to = current_user AND repdesk_can_see_member(member_id, current_user)));
-- A rep saves their own and shared cases; moving one to another rep is an officer's (trigger below).
CREATE POLICY case_file_changed ON case_file FOR UPDATE USING ((SELECT repdesk_is_officer()) OR assigned_to = current_user
    OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = case_file.id AND s.login = current_user));
CREATE POLICY case_file_removed ON case_file FOR DELETE USING ((SELECT repdesk_is_officer()) OR assigned_to = current_user);
CREATE FUNCTION repdesk_keep_assignment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.assigned_to IS DISTINCT FROM OLD.assigned_to AND NOT repdesk_is_officer() AND current_user <> (
            SELECT pg_catalog.pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d WHERE d.datname = current_database()) THEN
        RAISE EXCEPTION 'Only an officer can assign a case to a rep.' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_file_keep_assignment BEFORE UPDATE OF assigned_to ON case_file
    FOR EACH ROW EXECUTE FUNCTION repdesk_keep_assignment();

ALTER TABLE case_share ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_share_seen ON case_share FOR SELECT USING ((SELECT repdesk_is_officer()) OR login = current_user);
CREATE POLICY case_share_kept ON case_share FOR ALL USING ((SELECT repdesk_is_officer()))
    WITH CHECK ((SELECT repdesk_is_officer()));

-- A member: whoever may see one of their cases, and the rep who added them (for the first case).
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_seen ON member FOR SELECT USING ((SELECT repdesk_is_officer()) OR created_by = current_user
    OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = member.id));
CREATE POLICY member_added ON member FOR INSERT WITH CHECK ((SELECT repdesk_is_officer()) OR created_by = current_user);
CREATE POLICY member_changed ON member FOR UPDATE USING ((SELECT repdesk_is_officer()) OR created_by = current_user
    OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = member.id));
CREATE POLICY member_removed ON member FOR DELETE USING ((SELECT repdesk_is_officer()) OR created_by = current_user
    OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = member.id));

ALTER TABLE timeline_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY timeline_entry_of_case ON timeline_entry
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = timeline_entry.case_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = timeline_entry.case_id));
ALTER TABLE deadline ENABLE ROW LEVEL SECURITY;
CREATE POLICY deadline_of_case ON deadline
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = deadline.case_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = deadline.case_id));
ALTER TABLE workload_record ENABLE ROW LEVEL SECURITY;
CREATE POLICY workload_record_of_member ON workload_record
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM member m WHERE m.id = workload_record.member_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM member m WHERE m.id = workload_record.member_id));
-- Evidence links: a rep sees (and links) their own cases.
ALTER TABLE demand_case ENABLE ROW LEVEL SECURITY;
CREATE POLICY demand_case_of_case ON demand_case
    USING ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = demand_case.case_id))
    WITH CHECK ((SELECT repdesk_is_officer()) OR EXISTS (SELECT 1 FROM case_file c WHERE c.id = demand_case.case_id));
-- The audit trail: entries about what the login may see, and its own; anyone may add (who is set
-- by the server), only an officer's retention run may blank values (the V3 trigger keeps the shape).
ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_entry_seen ON audit_entry FOR SELECT USING ((SELECT repdesk_is_officer()) OR who = current_user
    OR (case_id IS NOT NULL AND EXISTS (SELECT 1 FROM case_file c WHERE c.id = audit_entry.case_id))
    OR (case_id IS NULL AND member_id IS NOT NULL AND EXISTS (SELECT 1 FROM member m WHERE m.id = audit_entry.member_id)));
CREATE POLICY audit_entry_added ON audit_entry FOR INSERT WITH CHECK (true);
CREATE POLICY audit_entry_redacted ON audit_entry FOR UPDATE USING ((SELECT repdesk_is_officer()))
    WITH CHECK ((SELECT repdesk_is_officer()));

-- Search through the GIN indexes, then what the login may see. A policy cannot let the planner use
-- the index for @@ (not leakproof, so the policy's checks run first, row by row: 24 s for a rep's
-- search at 2,000 cases), so these run as the owner and apply the rule of case_file_seen
-- themselves, for session_user: the login connected, which a caller cannot choose.
CREATE FUNCTION repdesk_case_rows_matching(q tsquery) RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT c.rowid FROM case_file c
    WHERE c.search_doc @@ q
      AND (pg_has_role(session_user, 'repdesk_officer', 'MEMBER') OR c.assigned_to = session_user
           OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = c.id AND s.login = session_user))
$$;
CREATE FUNCTION repdesk_note_case_rows_matching(q tsquery) RETURNS SETOF BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    -- The login's cases first, then whether a note of each matches: a rep's few thousand cases are
    -- quicker to try than every matching note of the branch (a common word matches most of them).
    SELECT c.rowid FROM case_file c
    WHERE (pg_has_role(session_user, 'repdesk_officer', 'MEMBER') OR c.assigned_to = session_user
           OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = c.id AND s.login = session_user))
      AND EXISTS (SELECT 1 FROM timeline_entry t WHERE t.case_id = c.id AND t.search_doc @@ q)
$$;
REVOKE EXECUTE ON FUNCTION repdesk_case_rows_matching(tsquery), repdesk_note_case_rows_matching(tsquery) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repdesk_case_rows_matching(tsquery), repdesk_note_case_rows_matching(tsquery)
    TO repdesk_rep, repdesk_officer;

-- Nobody but the owner creates anything in the casebook's schema.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO repdesk_rep, repdesk_officer, repdesk_reader;
GRANT SELECT ON repdesk_casebook TO repdesk_rep, repdesk_officer, repdesk_reader;
GRANT SELECT ON repdesk_user TO repdesk_rep, repdesk_officer;
GRANT SELECT, INSERT, UPDATE, DELETE ON member, case_file, timeline_entry, deadline, workload_record, demand_case
    TO repdesk_rep, repdesk_officer;
GRANT SELECT ON case_share TO repdesk_rep;
GRANT SELECT, INSERT, UPDATE, DELETE ON case_share TO repdesk_officer;
GRANT SELECT ON stage, setting, demand, negotiation_meeting, meeting_demand, employer_response, demand_status_change
    TO repdesk_rep;
GRANT SELECT, INSERT, UPDATE, DELETE ON stage, setting, demand, negotiation_meeting, meeting_demand,
    employer_response, demand_status_change TO repdesk_officer;
GRANT SELECT, INSERT ON audit_entry TO repdesk_rep, repdesk_officer;
GRANT UPDATE ON audit_entry TO repdesk_officer;
GRANT SELECT, INSERT, DELETE ON audit_redaction TO repdesk_officer;
