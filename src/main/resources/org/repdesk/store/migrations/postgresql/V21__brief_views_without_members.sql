-- V21 on PostgreSQL: the brief's views join a member only when a statement asks for the member's grade,
-- region or team; the same rows for every login as V20.
--
-- V20 made brief_case and brief_capacity UNION ALLs of parts, each part joining member itself. A part of a
-- UNION ALL is planned on its own, with every column of the view, so every statement joined all 20,000
-- members even when it asked for none of their columns: the totals, the months, the sickness count and the
-- linked cases of an officer's or a reader's brief hashed the whole member table to throw it away
-- (docs/benchmarks.md, pgread10). Now:
--   * brief_case: the parts give the cases (an officer or reader: every case; a rep: hers, then the ones
--     shared with her, as V20), and the member is joined once to what they give, by LEFT JOIN. A case's
--     member always exists (case_file.member_id is NOT NULL and a foreign key), so the rows are the same,
--     and PostgreSQL leaves out a LEFT JOIN to a key whose columns nobody asks for.
--   * brief_capacity: one SELECT rather than two parts. Its rule is V20's, written once: an officer or a
--     reader (asked once a statement, as an InitPlan), or a member of the rep's (added by her, of a case of
--     hers, or of a case shared with her: each list read once a statement and hashed, and only when the
--     role does not already answer). V20's rep part read every workload record and joined it to her
--     members, as this does; an officer's or reader's records are now read without any member.
-- The views stay security barriers owned by the owner; their columns do not change, so brief_deadline
-- (V13), which reads brief_case, follows.
CREATE OR REPLACE VIEW brief_case WITH (security_barrier) AS
    SELECT c.case_id, c.member_key, c.case_type, c.stage, c.status, c.workload_factor, c.opened_on, c.closed_on,
           m.grade, m.region, m.team
    FROM (SELECT c.id AS case_id, c.member_id AS member_key, c.case_type, c.stage, c.status, c.workload_factor,
                 c.opened_on, c.closed_on
          FROM case_file c
          WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
          UNION ALL
          SELECT c.id, c.member_id, c.case_type, c.stage, c.status, c.workload_factor, c.opened_on, c.closed_on
          FROM case_file c
          WHERE NOT (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
            AND c.assigned_to = current_user COLLATE "default"
          UNION ALL
          SELECT c.id, c.member_id, c.case_type, c.stage, c.status, c.workload_factor, c.opened_on, c.closed_on
          FROM case_file c
          WHERE NOT (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
            AND c.id = ANY (ARRAY(SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default"))
            AND c.assigned_to IS DISTINCT FROM current_user COLLATE "default") c
    LEFT JOIN member m ON m.id = c.member_key;

CREATE OR REPLACE VIEW brief_capacity WITH (security_barrier) AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team,
           w.created_at AS entered_at, w.id AS record_key
    FROM workload_record w LEFT JOIN member m ON m.id = w.member_id
    WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
       OR w.member_id IN (SELECT r.id FROM member r WHERE r.created_by = current_user COLLATE "default")
       OR w.member_id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user COLLATE "default")
       OR w.member_id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id
                          WHERE s.login = current_user COLLATE "default");
