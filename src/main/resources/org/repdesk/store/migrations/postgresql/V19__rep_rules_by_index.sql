-- V19 on PostgreSQL: a rep's row rules on cases and shares found through their indexes, the rules themselves
-- unchanged.
--
-- current_user is of type name, whose collation is "C"; assigned_to and login are text, of the database's
-- default collation. Compared, the name's collation wins (a non-default implicit collation beats the
-- default), and an index is used only for a comparison in the index's own collation: so
-- "assigned_to = current_user" could never use case_file_assigned, with or without row-level security (the
-- same condition with the login written out could). Every statement a rep ran read all of the branch's
-- cases and asked case_share about each (at 100,000 cases: 95,000 times), and the member, timeline,
-- deadline, workload and evidence rules reached case_file again through their EXISTS. Equality is the
-- same in both collations (neither is nondeterministic: a database's default cannot be), so
-- "COLLATE "default"" changes no answer, only which plan may answer it.
-- The shares are asked for once a statement, as a list (ARRAY(SELECT ...), read by case_share_login), not
-- once a case (the EXISTS): with both sides of the OR indexable, PostgreSQL reads the rep's cases as a
-- BitmapOr of the two indexes. The same cases: those assigned to the login, and those an officer shared
-- with it. At 100,000 cases as a rep (5,000 of them), SELECT count(*) FROM case_file: 0.8 s, a whole scan,
-- to a BitmapOr (docs/benchmarks.md, rls8).
-- An officer's own policies (V14) are untouched; a reader has no table rights at all.
ALTER POLICY case_file_seen ON case_file USING (assigned_to = current_user COLLATE "default"
    OR id = ANY (ARRAY(SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default")));
ALTER POLICY case_file_changed ON case_file USING (assigned_to = current_user COLLATE "default"
    OR id = ANY (ARRAY(SELECT s.case_id FROM case_share s WHERE s.login = current_user COLLATE "default")));
ALTER POLICY case_file_removed ON case_file USING (assigned_to = current_user COLLATE "default");
ALTER POLICY case_share_seen ON case_share USING (login = current_user COLLATE "default");
