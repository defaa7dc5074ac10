-- A brief's figures read from two indexes that hold what brief_case needs of a case, so no case's
-- own row is read (issue 21: the brief under 3 s at 100,000 cases). Each covers its statements:
-- the period's statements (totals, evidence cube, months, sickness count) read the cases in the
-- period by opening date; a demand's linked cases are found by id from its links, in the links'
-- order. At 100k cases, sqlite3 with the app's cache, first reading: totals 0.33 -> 0.14 s of CPU,
-- the 21 demands' linked cases 0.60 -> 0.38 s (0.55 -> 0.25 s warm). Each index is ~11 MB there
-- (the cases' own rows 33 MB): the 626 MB file grows by 3.5%. IF NOT EXISTS: a file whose version
-- was set back (TimelineEventsMigrationTest sets a new file back to V14) holds them already.
CREATE INDEX IF NOT EXISTS case_file_period ON case_file(opened_on, closed_on, case_type, workload_factor, stage, status, member_id);
CREATE INDEX IF NOT EXISTS case_file_key_period ON case_file(id, opened_on, closed_on, case_type, member_id);
