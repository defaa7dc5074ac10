-- V18 on PostgreSQL: nothing. In a data file V18 adds a narrower member, date and capacity index, so a
-- new start reads fewer of the file's pages for the dashboard's workload figures. A casebook's server keeps
-- its pages in its own cache between the app's starts, and there the dashboard reads each member's latest
-- figure by one step into V17's index, as before (CaseloadQueries.latestCapacitySpread), which measured
-- half the time of the data file's three steps.
DO $$ BEGIN END $$;
