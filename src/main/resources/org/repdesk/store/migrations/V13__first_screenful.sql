-- The cases list shows its first screenful (the newest cases) before the rest is read, and a search
-- its newest matches first: the newest cases by one index, ties on the reference broken in it too.
-- It replaces case_file_opened, which held the first column only.
CREATE INDEX case_file_newest ON case_file(opened_on, reference);
DROP INDEX case_file_opened;

-- The caseload report's deadline counts for a casebook's reader (postgresql/V13), who reads figures
-- only: due dates by case type, without references, titles or anyone's name.
CREATE VIEW brief_deadline AS
    SELECT d.due_on, d.done, d.case_closed, c.case_type FROM deadline d JOIN case_file c ON c.id = d.case_id;
