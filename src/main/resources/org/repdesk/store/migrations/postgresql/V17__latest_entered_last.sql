-- As the shared V17: the member and capacity index reads each member's latest record in the order
-- they were entered, and brief_capacity gives when each record was entered and its id, so the latest
-- of two on one day is the one entered last on either engine. The view's columns are added at the end,
-- so it is replaced in place, keeping its grants; the rows a login may see are V12's.
DROP INDEX IF EXISTS workload_record_member_capacity;
CREATE INDEX workload_record_member_capacity
    ON workload_record(member_id, recorded_on, created_at, id, capacity_percent);
CREATE OR REPLACE VIEW brief_capacity WITH (security_barrier) AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team,
           w.created_at AS entered_at, w.id AS record_key
    FROM workload_record w JOIN member m ON m.id = w.member_id
    WHERE pg_has_role(current_user, 'repdesk_officer', 'MEMBER') OR pg_has_role(current_user, 'repdesk_reader', 'MEMBER')
       OR m.created_by = current_user
       OR m.id IN (SELECT c.member_id FROM case_file c WHERE c.assigned_to = current_user)
       OR m.id IN (SELECT c.member_id FROM case_share s JOIN case_file c ON c.id = s.case_id WHERE s.login = current_user);
