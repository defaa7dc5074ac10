-- V19 on PostgreSQL: a rep's row rules on cases and shares found through their indexes, the rules themselves
-- unchanged.
--
-- current_user is of type name, whose collation is "C"; assigned_to and login are text, of the database's
-- default collation. Compared, the name's collation wins (a non-default implicit collation beats the
-- default), and an index is used only for a comparison in the index's own collation: so
-- "assigned_to = current_user" could never use case_file_assigned, with or without row-level security (the
-- same condition with the login written out could). Every statement a rep ran read all of the branch's
-- cases and asked case_share about each (at 100,000 cases: 95,000 times), and the member, timeline,
-- deadline, workload and evidence rules reached case_file again through their EXISTS. Equality is the
-- same in both collations (neither is nondeterministic: a database's default cannot be), so
-- "COLLATE "default"" changes no answer, only which plan may answer it.
-- The shares are asked for once a statement, as a list (ARRAY(SELECT ...), read by case_share_login), not
-- once a case (the EXISTS): with both sides of the OR indexable, PostgreSQL reads the rep's cases as a
-- BitmapOr of the two indexes. The same cases: those assigned to the login, and those an officer shared
-- with it. At 100,000 cases as a rep (5,000 of them), SELECT count(*) FROM case_file: 2.6 s, a whole scan with
-- 95,000 probes of the shares, to 32 ms by a BitmapOr (warm, busy machine; docs/benchmarks.md, rls8).
-- An officer's own policies (V14) are untouched; a reader has no table rights at all.
ALTER POLICY case_file_seen ON case_file USING (assigned_to = current_user COLLATE "default"
    OR id = ANY (ARRAY(SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default")));
ALTER POLICY case_file_changed ON case_file USING (assigned_to = current_user COLLATE "default"
    OR id = ANY (ARRAY(SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default")));
ALTER POLICY case_file_removed ON case_file USING (assigned_to = current_user COLLATE "default");
ALTER POLICY case_share_seen ON case_share USING (login = current_user COLLATE "default");

-- The brief's figures apply the same rule themselves (V12, V17: the views run as the owner): the same
-- comparison in the column's collation, so a rep's members are found from their cases through the index,
-- not by reading every case of the branch in each statement (and in each of its parallel workers: a rep's
-- latest capacities 4-8 s at 100,000 cases). Columns and rows as before.
CREATE OR REPLACE VIEW brief_case WITH (security_barrier) AS
    SELECT c.id AS case_id, c.member_id AS member_key, c.case_type, c.stage, c.status, c.workload_factor,
           c.opened_on, c.closed_on, m.grade, m.region, m.team
    FROM case_file c JOIN member m ON m.id = c.member_id
    WHERE pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER')
       OR c.assigned_to = current_user COLLATE "default"
       OR c.id IN (SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default");
CREATE OR REPLACE VIEW brief_capacity WITH (security_barrier) AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team,
           w.created_at AS entered_at, w.id AS record_key
    FROM workload_record w JOIN member m ON m.id = w.member_id
    WHERE pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER')
       OR m.created_by = current_user COLLATE "default"
       OR m.id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user COLLATE "default")
       OR m.id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id
                   WHERE s.login = current_user COLLATE "default");
