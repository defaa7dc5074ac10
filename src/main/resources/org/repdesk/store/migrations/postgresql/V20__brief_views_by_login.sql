-- V20 on PostgreSQL: the brief's views (V12, V13, V17, V19) answer a rep from her own cases, and an
-- officer or a reader from one index, with the same rows for every login as before.
--
-- Their rule was one OR: "pg_has_role(officer) OR pg_has_role(reader) OR assigned to me OR shared with
-- me". No index serves an OR whose first arm names no column, so every statement of a rep's brief read
-- all of the branch's cases (and of its workload records) and tested the role twice on each row:
-- at 100,000 cases, 5,000 of them hers, her brief took 6.2 s (docs/benchmarks.md, pgbrief9). Each view
-- is now a UNION ALL of two (or three) parts whose conditions exclude each other, the role tested once
-- a statement, as an InitPlan, so the part that does not apply is never run:
--   * an officer or reader: every row (as before: for them the OR was true on every row);
--   * anyone else (a rep): her own rows by the rule of V19, each part indexable on its own: cases
--     assigned to her (case_file_caseload_newest below), and cases shared with her that are not hers
--     (found by the share index, then the key), so a case both hers and shared is counted once.
-- The views stay security barriers, owned by the owner as before (their grants are kept by CREATE OR
-- REPLACE); their columns do not change, so brief_deadline (V13), which reads brief_case, follows.
--
-- The cases' covering index (V13) gains closed_on, the one column of brief_case it lacked: an
-- officer's or reader's brief reads the index (about 15 MB at 100,000 cases) instead of every case's
-- row (the table holds each case's notes for search: 793 MB in the benchmark's casebook), and a rep's
-- the part of it under her login. Same key and order, so the cases list's first screenful (V13)
-- reads it as before.
DROP INDEX case_file_caseload_newest;
CREATE INDEX case_file_caseload_newest ON case_file (assigned_to, opened_on, reference)
    INCLUDE (rowid, id, member_id, case_type, status, stage, workload_factor, closed_on);

CREATE OR REPLACE VIEW brief_case WITH (security_barrier) AS
    SELECT c.id AS case_id, c.member_id AS member_key, c.case_type, c.stage, c.status, c.workload_factor,
           c.opened_on, c.closed_on, m.grade, m.region, m.team
    FROM case_file c JOIN member m ON m.id = c.member_id
    WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
    UNION ALL
    SELECT c.id, c.member_id, c.case_type, c.stage, c.status, c.workload_factor, c.opened_on, c.closed_on,
           m.grade, m.region, m.team
    FROM case_file c JOIN member m ON m.id = c.member_id
    WHERE NOT (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
      AND c.assigned_to = current_user COLLATE "default"
    UNION ALL
    SELECT c.id, c.member_id, c.case_type, c.stage, c.status, c.workload_factor, c.opened_on, c.closed_on,
           m.grade, m.region, m.team
    FROM case_file c JOIN member m ON m.id = c.member_id
    WHERE NOT (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
      AND c.id = ANY (ARRAY(SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default"))
      AND c.assigned_to IS DISTINCT FROM current_user COLLATE "default";

-- A rep's part keeps V19's rule on the member (added by her, or of a case of hers or shared with her):
-- its lists are read once a statement (hashed), so a member looked up by key (a brief's latest capacity,
-- the run's first record of a week) is one probe of them, not a search of her cases.
CREATE OR REPLACE VIEW brief_capacity WITH (security_barrier) AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team,
           w.created_at AS entered_at, w.id AS record_key
    FROM workload_record w JOIN member m ON m.id = w.member_id
    WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
    UNION ALL
    SELECT w.member_id, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team, w.created_at, w.id
    FROM workload_record w JOIN member m ON m.id = w.member_id
    WHERE NOT (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
      AND (m.created_by = current_user COLLATE "default"
       OR m.id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user COLLATE "default")
       OR m.id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id
                   WHERE s.login = current_user COLLATE "default"));

-- The links of the cases brief_case shows: every link for an officer or reader (a link's case exists,
-- and a case's member: both are foreign keys), a rep's those of her cases and the ones shared with her,
-- found from them by demand_case_case rather than by asking brief_case about every link.
CREATE OR REPLACE VIEW brief_demand_case WITH (security_barrier) AS
    SELECT dc.demand_id, dc.case_id FROM demand_case dc
    WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
    UNION ALL
    SELECT dc.demand_id, dc.case_id FROM demand_case dc
    WHERE NOT (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
      AND dc.case_id IN (SELECT c.id FROM case_file c WHERE c.assigned_to = current_user COLLATE "default"
                         UNION SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default");

-- A rep's notes keep V14's rule (one probe of case_file by key a note): reading her list of cases once a
-- statement instead made her check's count of notes faster (1.7 s to 0.1-0.3 s at 100,000 cases) but every
-- other read of notes slower: one case's notes, as she opens it, read all her cases first (136 ms warm,
-- 545 ms cold for 5,000 cases, against under 1 ms), so it was taken out before release.
