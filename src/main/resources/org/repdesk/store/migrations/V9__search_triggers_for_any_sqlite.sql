-- V1's case-search triggers called concat_ws(), which SQLite has only since 3.44: RepDesk supplies
-- it on its own connections, but the stock sqlite3 tool (3.40 on Debian 12) does not, so it could
-- read a plain RepDesk file but not change a case or member in it. The same text, built with ||:
-- ' ' || NULL is NULL, so coalesce(' ' || x, '') skips an empty field as concat_ws did.
DROP TRIGGER case_file_ai;
DROP TRIGGER case_file_au;
DROP TRIGGER member_au;

CREATE TRIGGER case_file_ai AFTER INSERT ON case_file BEGIN
    INSERT INTO case_search(rowid, text)
    SELECT new.rowid, coalesce(new.reference, '') || coalesce(' ' || m.name, '')
               || coalesce(' ' || m.membership_number, '') || coalesce(' ' || new.manager, '')
               || coalesce(' ' || new.workload_account, '') || coalesce(' ' || new.outcome, '')
    FROM member m WHERE m.id = new.member_id;
END;
CREATE TRIGGER case_file_au AFTER UPDATE ON case_file BEGIN
    DELETE FROM case_search WHERE rowid = old.rowid;
    INSERT INTO case_search(rowid, text)
    SELECT new.rowid, coalesce(new.reference, '') || coalesce(' ' || m.name, '')
               || coalesce(' ' || m.membership_number, '') || coalesce(' ' || new.manager, '')
               || coalesce(' ' || new.workload_account, '') || coalesce(' ' || new.outcome, '')
    FROM member m WHERE m.id = new.member_id;
END;
CREATE TRIGGER member_au AFTER UPDATE OF name, membership_number ON member BEGIN
    DELETE FROM case_search WHERE rowid IN (SELECT rowid FROM case_file WHERE member_id = new.id);
    INSERT INTO case_search(rowid, text)
    SELECT c.rowid, coalesce(c.reference, '') || coalesce(' ' || new.name, '')
               || coalesce(' ' || new.membership_number, '') || coalesce(' ' || c.manager, '')
               || coalesce(' ' || c.workload_account, '') || coalesce(' ' || c.outcome, '')
    FROM case_file c WHERE c.member_id = new.id;
END;
