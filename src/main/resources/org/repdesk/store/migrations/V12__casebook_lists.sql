-- What a brief counts, without names, notes, contact details or membership numbers: the brief reads
-- these views, not the tables, so on a branch casebook a reader (a regional negotiator) can be given
-- the figures and nothing else (postgresql/V12 adds who sees which rows). member_key only tells one
-- member's cases and WMT records from another's.
CREATE VIEW brief_case AS
    SELECT c.id AS case_id, c.member_id AS member_key, c.case_type, c.stage, c.status, c.workload_factor,
           c.opened_on, c.closed_on, m.grade, m.region, m.team
    FROM case_file c JOIN member m ON m.id = c.member_id;
CREATE VIEW brief_capacity AS
    SELECT w.member_id AS member_key, w.recorded_on, w.capacity_percent, m.grade, m.region, m.team
    FROM workload_record w JOIN member m ON m.id = w.member_id;
CREATE VIEW brief_demand_case AS
    SELECT dc.demand_id, dc.case_id FROM demand_case dc;
