-- V9 on PostgreSQL: nothing. In a data file V9 rebuilds the FTS5 triggers without concat_ws, so the
-- stock sqlite3 tool can write to it; a casebook's search columns are kept by PL/pgSQL (V1).
DO $$ BEGIN END $$;
