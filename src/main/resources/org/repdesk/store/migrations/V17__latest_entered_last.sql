-- Of two WMT records a member has on one day, the latest is the one entered last (by when it was
-- entered, then by its id where one import entered both at once), on either engine: the brief, the
-- dashboard and the workload screen read a member's latest capacity the same way.
-- The member and capacity index (V4) gains the two columns between the date and the figure, so each
-- member's latest is still one backward step into the index, reading no record (at 100,000 cases the
-- index grows from 14.5 to 25.3 MB); brief_capacity gives the two columns (neither names anyone), so a
-- reader's brief follows the same rule.
DROP INDEX IF EXISTS workload_record_member_capacity;
CREATE INDEX workload_record_member_capacity
    ON workload_record(member_id, recorded_on, created_at, id, capacity_percent);
DROP VIEW IF EXISTS brief_capacity;
CREATE VIEW brief_capacity AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team,
           w.created_at AS entered_at, w.id AS record_key
    FROM workload_record w JOIN member m ON m.id = w.member_id;
