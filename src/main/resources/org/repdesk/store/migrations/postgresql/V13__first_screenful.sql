-- The cases list shows its first screenful (the newest cases) before the rest is read, and a search
-- its newest matches first (docs/benchmarks.md: a rep's whole list of 5,000 cases, each on its own
-- heap page with its member and next deadline, was 280-330 ms at the median under 20 reps' load).
-- The newest cases by one index, ties on the reference broken in it too: it replaces
-- case_file_opened, which held the first column only, and a rep's covering index gains the same
-- order, so a rep's first screenful is the first rows of their part of it.
CREATE INDEX case_file_newest ON case_file (opened_on, reference);
DROP INDEX case_file_opened;
CREATE INDEX case_file_caseload_newest ON case_file (assigned_to, opened_on, reference)
    INCLUDE (rowid, id, member_id, case_type, status, stage, workload_factor);
DROP INDEX case_file_caseload;

-- V12's repdesk_case_list, the newest n only. Each branch takes its own newest n (so each reads its
-- index in order and stops), the caller orders the two together. The login is held in a variable and
-- each call planned for its values (force_custom_plan): written as session_user, the planner could not
-- use the login's statistics and read every case matching the words (133 ms for "sia" where its
-- cases and the words' index together take 13 ms).
CREATE FUNCTION repdesk_case_list_first(n INT) RETURNS TABLE (file_row BIGINT, id TEXT, reference TEXT,
        member_id TEXT, name TEXT, region TEXT, grade TEXT, case_type TEXT, status TEXT, stage TEXT,
        opened_on TEXT, workload_factor TEXT, next_due TEXT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_file c JOIN member m ON m.id = c.member_id
            ORDER BY c.opened_on DESC, c.reference DESC LIMIT n;
    ELSE
        RETURN QUERY (SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_file c JOIN member m ON m.id = c.member_id
            WHERE c.assigned_to = me
            ORDER BY c.opened_on DESC, c.reference DESC LIMIT n)
            UNION ALL
            (SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_share s JOIN case_file c ON c.id = s.case_id JOIN member m ON m.id = c.member_id
            WHERE s.login = me AND c.assigned_to IS DISTINCT FROM me
            ORDER BY c.opened_on DESC, c.reference DESC LIMIT n);
    END IF;
END $$;

-- V12's two searches, the newest n matches only, with what orders them. A common word matching most
-- of a rep's cases then reads their newest cases until n are found, a rare one its GIN index: the
-- custom plan picks by the words of each call.
CREATE FUNCTION repdesk_case_rows_matching_first(q tsquery, n INT)
        RETURNS TABLE (file_row BIGINT, opened_on TEXT, reference TEXT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid, c.opened_on, c.reference FROM case_file c WHERE c.search_doc @@ q
            ORDER BY c.opened_on DESC, c.reference DESC LIMIT n;
    ELSE
        RETURN QUERY (SELECT c.rowid, c.opened_on, c.reference FROM case_file c
                WHERE c.assigned_to = me AND c.search_doc @@ q
                ORDER BY c.opened_on DESC, c.reference DESC LIMIT n)
            UNION ALL
            (SELECT c.rowid, c.opened_on, c.reference FROM case_share s JOIN case_file c ON c.id = s.case_id
                WHERE s.login = me AND c.assigned_to IS DISTINCT FROM me AND c.search_doc @@ q
                ORDER BY c.opened_on DESC, c.reference DESC LIMIT n);
    END IF;
END $$;
CREATE FUNCTION repdesk_note_case_rows_matching_first(q tsquery, n INT)
        RETURNS TABLE (file_row BIGINT, opened_on TEXT, reference TEXT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid, c.opened_on, c.reference FROM case_file c WHERE c.notes_doc @@ q
            ORDER BY c.opened_on DESC, c.reference DESC LIMIT n;
    ELSE
        RETURN QUERY (SELECT c.rowid, c.opened_on, c.reference FROM case_file c
                WHERE c.assigned_to = me AND c.notes_doc @@ q
                ORDER BY c.opened_on DESC, c.reference DESC LIMIT n)
            UNION ALL
            (SELECT c.rowid, c.opened_on, c.reference FROM case_share s JOIN case_file c ON c.id = s.case_id
                WHERE s.login = me AND c.assigned_to IS DISTINCT FROM me AND c.notes_doc @@ q
                ORDER BY c.opened_on DESC, c.reference DESC LIMIT n);
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION repdesk_case_list_first(INT), repdesk_case_rows_matching_first(tsquery, INT),
    repdesk_note_case_rows_matching_first(tsquery, INT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repdesk_case_list_first(INT), repdesk_case_rows_matching_first(tsquery, INT),
    repdesk_note_case_rows_matching_first(tsquery, INT) TO repdesk_rep, repdesk_officer;

-- The caseload report's counts for a reader, who reads figures only (V12's brief_* views, which the
-- report reads for them): deadlines by due date and case type, without references, titles or names,
-- of the cases brief_case shows the login.
CREATE VIEW brief_deadline WITH (security_barrier) AS
    SELECT d.due_on, d.done, d.case_closed, c.case_type FROM deadline d JOIN brief_case c ON c.case_id = d.case_id;
GRANT SELECT ON brief_deadline TO repdesk_rep, repdesk_officer, repdesk_reader;

-- V12's whole list and two searches, the login in a variable and planned for each call as above.
CREATE OR REPLACE FUNCTION repdesk_case_list() RETURNS TABLE (file_row BIGINT, id TEXT, reference TEXT, member_id TEXT,
        name TEXT, region TEXT, grade TEXT, case_type TEXT, status TEXT, stage TEXT, opened_on TEXT,
        workload_factor TEXT, next_due TEXT)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
#variable_conflict use_column
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
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
            WHERE c.assigned_to = me
            UNION ALL
            SELECT c.rowid, c.id, c.reference, c.member_id, m.name::TEXT, m.region, m.grade, c.case_type,
                c.status, c.stage, c.opened_on, c.workload_factor,
                CASE WHEN c.status = 'CLOSED' THEN NULL ELSE
                    (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END
            FROM case_share s JOIN case_file c ON c.id = s.case_id JOIN member m ON m.id = c.member_id
            WHERE s.login = me AND c.assigned_to IS DISTINCT FROM me;
    END IF;
END $$;
CREATE OR REPLACE FUNCTION repdesk_case_rows_matching(q tsquery) RETURNS SETOF BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.search_doc @@ q;
    ELSE
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.assigned_to = me AND c.search_doc @@ q
            UNION ALL
            SELECT c.rowid FROM case_share s JOIN case_file c ON c.id = s.case_id
            WHERE s.login = me AND c.assigned_to IS DISTINCT FROM me AND c.search_doc @@ q;
    END IF;
END $$;
CREATE OR REPLACE FUNCTION repdesk_note_case_rows_matching(q tsquery) RETURNS SETOF BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.notes_doc @@ q;
    ELSE
        RETURN QUERY SELECT c.rowid FROM case_file c WHERE c.assigned_to = me AND c.notes_doc @@ q
            UNION ALL
            SELECT c.rowid FROM case_share s JOIN case_file c ON c.id = s.case_id
            WHERE s.login = me AND c.assigned_to IS DISTINCT FROM me AND c.notes_doc @@ q;
    END IF;
END $$;

-- A rep's members list, as member_seen decides it, without asking the policy once per member: the
-- policy's correlated check of the cases read each of the branch's members (about 0.6 s at 20,000
-- members under load); here the members of the rep's cases are looked up once, by the caseload index.
CREATE FUNCTION repdesk_member_list() RETURNS SETOF member
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    me TEXT := session_user;
BEGIN
    IF pg_has_role(me, 'repdesk_officer', 'MEMBER') THEN
        RETURN QUERY SELECT * FROM member;
    ELSE
        RETURN QUERY SELECT * FROM member m WHERE m.created_by = me
            OR m.id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = me)
            OR m.id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id WHERE s.login = me);
    END IF;
END $$;
REVOKE EXECUTE ON FUNCTION repdesk_member_list() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repdesk_member_list() TO repdesk_rep, repdesk_officer;
