-- V22 on PostgreSQL: the brief's four-week run and latest capacities read the workload records in the order
-- the member and capacity index already keeps them (V17), rather than sorting or hashing the period's records.
--
-- The run (BriefQueries.overThresholdInOnePass) takes each member's first record of each week: DISTINCT ON
-- (member, week), ordered by member, week, day and figure. brief_capacity is a security barrier, which
-- PostgreSQL plans on its own and never flattens into the statement, and a view without an ORDER BY gives
-- its rows in no order the statement can use: so the server sorted all of the period's records (at 100,000
-- cases, 194,914 of them, 15 MB on disk: two thirds of the statement's time, the largest of the brief's
-- statements; docs/benchmarks.md, fourweek16). This view asks for that order itself: its records come out of
-- workload_record_member_capacity (member, day, entered, key, figure) by member, and each member's dozen or
-- so are sorted in memory by week, day and figure (an incremental sort), so the statement's DISTINCT ON reads
-- them in order and sorts nothing.
--
-- Its rule is brief_capacity's (V21), word for word: an officer or a reader (asked once a statement), or a
-- member of the rep's (added by her, of a case of hers, or of a case shared with her); its rows are
-- brief_capacity's, with the week each was recorded in (weeks numbered from Monday 1900-01-01, as
-- Dialect.weekNumber) and without when it was entered or its key, which the run does not read. A security
-- barrier owned by the owner, read by the same three roles.
CREATE OR REPLACE VIEW brief_capacity_weeks WITH (security_barrier) AS
    SELECT w.member_id AS member_key, (CAST(w.recorded_on AS date) - DATE '1900-01-01') / 7 AS week,
           w.recorded_on, w.capacity_percent, m.grade, m.region, m.team
    FROM workload_record w LEFT JOIN member m ON m.id = w.member_id
    WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
       OR w.member_id IN (SELECT r.id FROM member r WHERE r.created_by = current_user COLLATE "default")
       OR w.member_id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user COLLATE "default")
       OR w.member_id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id
                          WHERE s.login = current_user COLLATE "default")
    ORDER BY w.member_id, 2, w.recorded_on, w.capacity_percent;
GRANT SELECT ON brief_capacity_weeks TO repdesk_rep, repdesk_officer, repdesk_reader;

-- The brief's latest capacities (BriefQueries.LATEST_CAPACITIES_IN_ONE_PASS) the same way: each member's
-- latest record of the period is the first of the member's records here, which come by member, latest day,
-- entered and key first: workload_record_member_capacity read backwards, with no sort at all, so the
-- statement's DISTINCT ON (member) keeps the first and sorts nothing. V21 built an ARRAY[day, entered, key,
-- figure] for each of the period's records and kept the greatest per member in a hash. The same rule and
-- rows as brief_capacity, with all of its columns.
CREATE OR REPLACE VIEW brief_capacity_latest_first WITH (security_barrier) AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team,
           w.created_at AS entered_at, w.id AS record_key
    FROM workload_record w LEFT JOIN member m ON m.id = w.member_id
    WHERE (SELECT pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER'))
       OR w.member_id IN (SELECT r.id FROM member r WHERE r.created_by = current_user COLLATE "default")
       OR w.member_id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user COLLATE "default")
       OR w.member_id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id
                          WHERE s.login = current_user COLLATE "default")
    ORDER BY w.member_id DESC, w.recorded_on DESC, w.created_at DESC, w.id DESC;
GRANT SELECT ON brief_capacity_latest_first TO repdesk_rep, repdesk_officer, repdesk_reader;
