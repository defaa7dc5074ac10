-- V5 on PostgreSQL: nothing. In a data file V5 adds note_case, a small table mapping each note to
-- its case for the FTS5 search; a casebook finds notes through timeline_entry.search_doc and joins
-- the case directly, which its GIN index and the planner make quick without a copy to keep in step.
DO $$ BEGIN END $$;
