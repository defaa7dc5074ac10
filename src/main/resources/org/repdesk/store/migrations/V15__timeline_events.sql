-- Entries RepDesk writes by itself (a stage changed, an absence recorded, a case brought in) were
-- stored as text in the language of the day they were written (issue 20): a rep who switched to
-- Welsh read them in English. Now what happened is stored with its values, and worded when read.
-- event: a TimelineEvent constant's name; null for the rep's own words and for text not recognised.
-- event_values: its values, a name=value line each (stage names as stored, dates ISO, constants' names).
-- The same text on both engines; the rows already written are recognised by Migrations' Java step
-- for V15 (TimelineStore.recogniseOldWordings), in this transaction.
ALTER TABLE timeline_entry ADD COLUMN event TEXT;
ALTER TABLE timeline_entry ADD COLUMN event_values TEXT;
