-- V3: indexes for work at regional scale (issue 6). Append-only: never edit after it has shipped.

-- A brief's workload figures read the records of its period only, not every record ever made.
CREATE INDEX workload_record_recorded ON workload_record(recorded_on);
