-- V18 on PostgreSQL: nothing. In a data file V18 adds a narrower member, date and capacity index, so a
-- new start reads fewer of the file's pages for the dashboard's workload figures; a casebook's server keeps
-- its pages in its own cache between the app's starts, and answers the same statements from V17's index.
DO $$ BEGIN END $$;
