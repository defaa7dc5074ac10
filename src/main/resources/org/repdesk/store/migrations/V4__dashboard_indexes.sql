-- Indexes for the dashboard's figures, so opening a large file reads small indexes, not whole
-- tables (issue 6). Each covers its query: SQLite answers from the index without the table rows.
-- The live-cases index is partial (open and on-hold cases only), so the brief's queries are not drawn to it.

-- Live cases counted by type, stage and workload factor.
CREATE INDEX case_file_live ON case_file(status, case_type, stage, workload_factor) WHERE status <> 'CLOSED';
-- Open deadlines by date, with their case; replaces deadline_due_open (its first columns).
CREATE INDEX deadline_open_due_case ON deadline(done, due_on, case_id);
DROP INDEX deadline_due_open;
-- Each member's latest capacity and runs over the threshold; replaces workload_record_member.
CREATE INDEX workload_record_member_capacity ON workload_record(member_id, recorded_on, capacity_percent);
DROP INDEX workload_record_member;
