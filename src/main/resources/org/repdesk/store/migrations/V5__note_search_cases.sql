-- Which case each timeline entry belongs to, by row numbers only (issue 6). A notes search finds
-- entries by their rowid; looking up each entry's case in timeline_entry read one large row (one
-- page) per match: about 35 of the 95 ms of searching 100,000 cases for a phrase in 14,000 notes.
-- This table's rows are two integers, so the same lookups read a few hundred small pages, and the
-- search hands back case rowids, which is all the cases list needs to match its rows.
-- Kept by triggers, like the search indexes themselves, which are keyed by the same rowids.
CREATE TABLE note_case (
    entry    INTEGER PRIMARY KEY, -- timeline_entry.rowid
    case_row INTEGER NOT NULL     -- case_file.rowid
);
INSERT INTO note_case(entry, case_row)
SELECT t.rowid, c.rowid FROM timeline_entry t JOIN case_file c ON c.id = t.case_id;

CREATE TRIGGER note_case_ai AFTER INSERT ON timeline_entry BEGIN
    INSERT INTO note_case(entry, case_row)
    SELECT new.rowid, c.rowid FROM case_file c WHERE c.id = new.case_id;
END;
CREATE TRIGGER note_case_au AFTER UPDATE OF case_id ON timeline_entry BEGIN
    UPDATE note_case SET case_row = (SELECT c.rowid FROM case_file c WHERE c.id = new.case_id)
    WHERE entry = new.rowid;
END;
-- Also fires for the entries a deleted case takes with it (ON DELETE CASCADE).
CREATE TRIGGER note_case_ad AFTER DELETE ON timeline_entry BEGIN
    DELETE FROM note_case WHERE entry = old.rowid;
END;
