-- V16 on PostgreSQL: nothing. In a data file V16 adds two covering indexes for a brief's figures,
-- which SQLite reads a case at a time; PostgreSQL counts them with hash joins over the tables, and
-- the casebook's brief was already within its psql floor (docs/benchmarks.md), so it keeps its writes cheaper.
DO $$ BEGIN END $$;
