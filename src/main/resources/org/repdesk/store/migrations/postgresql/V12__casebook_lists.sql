-- A rep's whole case list and searches, planned from the rep's own cases.
-- At 100,000 cases and 20 reps the list under the row-level policies took 2.5 s: a policy's OR of
-- "officer, or assigned to me, or shared with me" cannot use an index, so every case was read, and
-- the member and deadline policies ran once per member and per deadline (docs/benchmarks.md). As
-- the searches in V7 do, the list runs as the owner and applies case_file_seen's rule itself, for
-- session_user (the login connected, which a caller cannot choose), with the rule's parts as separate
-- queries so each uses its index (an OR of them reads every case). The index holds every column the
-- list shows, so a rep's list is read from it alone: their cases lie one to a heap page, and reading
-- those pages was 161 of the list's 237 ms at 100,000 cases (53 ms with this index).
CREATE INDEX case_file_caseload ON case_file (assigned_to)
    INCLUDE (rowid, id, reference, member_id, case_type, status, stage, opened_on, workload_factor);

CREATE FUNCTION repdesk_case_list() RETURNS TABLE (file_row BIGINT, id TEXT, reference TEXT, member_id TEXT,
        name TEXT, region TEXT, grade TEXT, case_type TEXT, status TEXT, stage TEXT, opened_on TEXT,
        workload_factor TEXT, next_due TEXT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF pg_has_role(session_user, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_file c JOIN member m ON m.id = c.member_id;
    ELSE
        RETURN QUERY SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_file c JOIN member m ON m.id = c.member_id
            WHERE c.assigned_to = session_user
            UNION ALL
            SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_share s JOIN case_file c ON c.id = s.case_id JOIN member m ON m.id = c.member_id
            WHERE s.login = session_user AND c.assigned_to IS DISTINCT FROM session_user;
    END IF;
END $$;

-- The searches of V7, the same rule in the same two branches (V7's single OR read every case).
CREATE OR REPLACE FUNCTION repdesk_case_rows_matching(q tsquery) RETURNS SETOF BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_has_role(session_user, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.search_doc @@ q;
    ELSE
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.assigned_to = session_user AND c.search_doc @@ q
            UNION ALL
            SELECT c.rowid FROM case_share s JOIN case_file c ON c.id = s.case_id
            WHERE s.login = session_user AND c.assigned_to IS DISTINCT FROM session_user AND c.search_doc @@ q;
    END IF;
END $$;
-- Every note's words also on its case (notes_doc), kept by a trigger: a rep's search for a common
-- prefix ("wor") then tries each of the rep's cases once, or its GIN index, instead of each of their
-- notes (0.7-1.6 s at 100,000 cases, 680,000 notes, most of them matching).
ALTER TABLE case_file ADD COLUMN notes_doc tsvector;
CREATE INDEX case_file_notes_search ON case_file USING gin (notes_doc);
-- Positions are dropped (strip): the search needs only the words, and the column stays small.
CREATE FUNCTION repdesk_case_notes_doc(the_case TEXT) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(strip(t.search_doc)::TEXT, ' ')::tsvector, ''::tsvector)
    FROM timeline_entry t WHERE t.case_id = the_case
$$;
CREATE FUNCTION repdesk_note_words() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE case_file SET notes_doc = coalesce(notes_doc, ''::tsvector) || strip(NEW.search_doc) WHERE id = NEW.case_id;
    ELSE
        UPDATE case_file SET notes_doc = repdesk_case_notes_doc(OLD.case_id) WHERE id = OLD.case_id;
        IF TG_OP = 'UPDATE' AND NEW.case_id <> OLD.case_id THEN
            UPDATE case_file SET notes_doc = repdesk_case_notes_doc(NEW.case_id) WHERE id = NEW.case_id;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER timeline_entry_note_words AFTER INSERT OR UPDATE OR DELETE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION repdesk_note_words();
-- Words kept for search are not a save: "saved by" stays the login that last saved the case itself.
CREATE OR REPLACE FUNCTION repdesk_saved_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() = 1 THEN
        NEW.updated_by := current_user;
    END IF;
    RETURN NEW;
END $$;
UPDATE case_file c SET notes_doc = repdesk_case_notes_doc(c.id);

CREATE OR REPLACE FUNCTION repdesk_note_case_rows_matching(q tsquery) RETURNS SETOF BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_has_role(session_user, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.notes_doc @@ q;
    ELSE
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.assigned_to = session_user AND c.notes_doc @@ q
            UNION ALL
            SELECT c.rowid FROM case_share s JOIN case_file c ON c.id = s.case_id
            WHERE s.login = session_user AND c.assigned_to IS DISTINCT FROM session_user AND c.notes_doc @@ q;
    END IF;
END $$;

-- What a brief counts (see the data file's V12), and who sees which rows. The views run with the
-- owner's rights, so they apply the rule themselves: an officer and a reader count the whole branch,
-- a rep what they may see (as case_file_seen and member_seen). security_barrier: a condition a
-- caller adds, however written, is applied after the view's own, so it cannot reveal hidden rows.
CREATE VIEW brief_case WITH (security_barrier) AS
    SELECT c.id AS case_id, c.member_id AS member_key, c.case_type, c.stage, c.status, c.workload_factor,
           c.opened_on, c.closed_on, m.grade, m.region, m.team
    FROM case_file c JOIN member m ON m.id = c.member_id
    WHERE pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER')
       OR c.assigned_to = current_user
       OR c.id IN (SELECT s.case_id FROM case_share s WHERE s.login = current_user);
CREATE VIEW brief_capacity WITH (security_barrier) AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team
    FROM workload_record w JOIN member m ON m.id = w.member_id
    WHERE pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER')
       OR m.created_by = current_user
       OR m.id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user)
       OR m.id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id WHERE s.login = current_user);
CREATE VIEW brief_demand_case WITH (security_barrier) AS
    SELECT dc.demand_id, dc.case_id FROM demand_case dc
    WHERE dc.case_id IN (SELECT b.case_id FROM brief_case b);
GRANT SELECT ON brief_case, brief_capacity, brief_demand_case TO repdesk_rep, repdesk_officer, repdesk_reader;
-- The demands log and the branch's settings are not about anyone: a reader's brief needs them.
GRANT SELECT ON stage, setting, demand, negotiation_meeting, meeting_demand, employer_response, demand_status_change
    TO repdesk_reader;

-- Each login names themselves (briefs' author line, Settings' "You"): their own row of repdesk_user,
-- through these two, since the branch's settings table is the officers'.
CREATE FUNCTION repdesk_my_name() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$ SELECT u.full_name FROM repdesk_user u WHERE u.login = session_user $$;
CREATE FUNCTION repdesk_set_my_name(new_name TEXT) RETURNS VOID LANGUAGE sql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$ UPDATE repdesk_user SET full_name = new_name WHERE login = session_user $$;
REVOKE EXECUTE ON FUNCTION repdesk_my_name(), repdesk_set_my_name(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repdesk_my_name(), repdesk_set_my_name(TEXT) TO repdesk_rep, repdesk_officer, repdesk_reader;

REVOKE EXECUTE ON FUNCTION repdesk_case_list() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repdesk_case_list() TO repdesk_rep, repdesk_officer;
