-- The officer's pass in every access rule as a policy of the officers' own (TO repdesk_officer), the
-- rest of each rule unchanged; and repdesk_is_date without an exception block.
--
-- A rule written "(SELECT repdesk_is_officer()) OR <the rep's rule>" decides the same rows, but the
-- planner cannot know the answer of the subquery: it costs and plans every statement as if the rep's
-- rule ran on each row, and where a table is read inside another statement's subquery (the next
-- deadline of each case, the earlier record of a week) the rule is asked once a row. A policy for a
-- role is chosen when the statement is planned: an officer's statements carry no rule at all, a
-- rep's only theirs. At 100,000 cases, as an officer: the export's query 6.1-8.4 s to 2.7 s, the
-- caseload report's run of weeks over 110 % 3.7-5.3 s to 0.8 s (busy machine, docs/benchmarks.md).
-- Casebooks set up from V7's earlier texts (the benchmark's 100,000-case casebook among them) asked
-- the timeline, deadline, evidence-link and workload rules of officers too, or asked them as
-- IN (SELECT ...); after this every casebook has the same rules.
--
-- Who sees and changes what does not change: an officer (a member of repdesk_officer) passed every
-- rule below before and passes it now; anyone else is held to the same rule as before. The commands
-- of each officer policy are those the officer passed (none gives an officer a DELETE of the audit
-- trail, which no rule allowed).

ALTER POLICY absence_of_member ON absence
    USING (EXISTS (SELECT 1 FROM member m WHERE m.id = absence.member_id))
    WITH CHECK (EXISTS (SELECT 1 FROM member m WHERE m.id = absence.member_id));
CREATE POLICY absence_officer ON absence TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY audit_entry_seen ON audit_entry USING (who = current_user
    OR (case_id IS NOT NULL AND EXISTS (SELECT 1 FROM case_file c WHERE c.id = audit_entry.case_id))
    OR (case_id IS NULL AND member_id IS NOT NULL AND EXISTS (SELECT 1 FROM member m WHERE m.id = audit_entry.member_id)));
CREATE POLICY audit_entry_officer_seen ON audit_entry FOR SELECT TO repdesk_officer USING (true);
ALTER POLICY audit_entry_redacted ON audit_entry TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY case_document_of_case ON case_document
    USING (EXISTS (SELECT 1 FROM case_file c WHERE c.id = case_document.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM case_file c WHERE c.id = case_document.case_id));
CREATE POLICY case_document_officer ON case_document TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY case_file_seen ON case_file USING (assigned_to = current_user
    OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = case_file.id AND s.login = current_user));
ALTER POLICY case_file_opened ON case_file
    WITH CHECK (assigned_to = current_user AND repdesk_can_see_member(member_id, current_user));
ALTER POLICY case_file_changed ON case_file USING (assigned_to = current_user
    OR EXISTS (SELECT 1 FROM case_share s WHERE s.case_id = case_file.id AND s.login = current_user));
ALTER POLICY case_file_removed ON case_file USING (assigned_to = current_user);
CREATE POLICY case_file_officer ON case_file TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY case_share_seen ON case_share USING (login = current_user);
ALTER POLICY case_share_kept ON case_share TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY deadline_of_case ON deadline
    USING (EXISTS (SELECT 1 FROM case_file c WHERE c.id = deadline.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM case_file c WHERE c.id = deadline.case_id));
CREATE POLICY deadline_officer ON deadline TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY deadline_reckoning_of_case ON deadline_reckoning
    USING (EXISTS (SELECT 1 FROM deadline d WHERE d.id = deadline_reckoning.deadline_id))
    WITH CHECK (EXISTS (SELECT 1 FROM deadline d WHERE d.id = deadline_reckoning.deadline_id));
CREATE POLICY deadline_reckoning_officer ON deadline_reckoning TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY demand_case_of_case ON demand_case
    USING (EXISTS (SELECT 1 FROM case_file c WHERE c.id = demand_case.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM case_file c WHERE c.id = demand_case.case_id));
CREATE POLICY demand_case_officer ON demand_case TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY document_content_seen ON document_content
    USING (EXISTS (SELECT 1 FROM case_document d WHERE d.sha256 = document_content.sha256));
ALTER POLICY document_content_removed ON document_content
    USING (EXISTS (SELECT 1 FROM case_document d WHERE d.sha256 = document_content.sha256));
CREATE POLICY document_content_officer_seen ON document_content FOR SELECT TO repdesk_officer USING (true);
CREATE POLICY document_content_officer_removed ON document_content FOR DELETE TO repdesk_officer USING (true);

ALTER POLICY hearing_of_case ON hearing
    USING (EXISTS (SELECT 1 FROM deadline d WHERE d.id = hearing.deadline_id))
    WITH CHECK (EXISTS (SELECT 1 FROM deadline d WHERE d.id = hearing.deadline_id));
CREATE POLICY hearing_officer ON hearing TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY member_seen ON member USING (created_by = current_user
    OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = member.id));
ALTER POLICY member_added ON member WITH CHECK (created_by = current_user);
ALTER POLICY member_changed ON member USING (created_by = current_user
    OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = member.id));
ALTER POLICY member_removed ON member USING (created_by = current_user
    OR EXISTS (SELECT 1 FROM case_file c WHERE c.member_id = member.id));
CREATE POLICY member_officer ON member TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY timeline_entry_of_case ON timeline_entry
    USING (EXISTS (SELECT 1 FROM case_file c WHERE c.id = timeline_entry.case_id))
    WITH CHECK (EXISTS (SELECT 1 FROM case_file c WHERE c.id = timeline_entry.case_id));
CREATE POLICY timeline_entry_officer ON timeline_entry TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY working_pattern_of_member ON working_pattern
    USING (EXISTS (SELECT 1 FROM member m WHERE m.id = working_pattern.member_id))
    WITH CHECK (EXISTS (SELECT 1 FROM member m WHERE m.id = working_pattern.member_id));
CREATE POLICY working_pattern_officer ON working_pattern TO repdesk_officer USING (true) WITH CHECK (true);

ALTER POLICY workload_record_of_member ON workload_record
    USING (EXISTS (SELECT 1 FROM member m WHERE m.id = workload_record.member_id))
    WITH CHECK (EXISTS (SELECT 1 FROM member m WHERE m.id = workload_record.member_id));
CREATE POLICY workload_record_officer ON workload_record TO repdesk_officer USING (true) WITH CHECK (true);

-- The check's date rule (V1) in plain SQL: the PL/pgSQL version caught the cast's error, and each
-- call opened and closed a subtransaction (1.9 s for 195,000 workload records, busy). The same answer
-- for every text (compared with the old one on every day of 26 years from 0000 to 9999, months 00-13,
-- days 00-32, and malformed texts): an ISO date of a real day of years 0001-9999, NULL for NULL.
CREATE OR REPLACE FUNCTION repdesk_is_date(t TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN t !~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' OR left(t, 4) = '0000' THEN false
        ELSE CAST(substr(t, 9, 2) AS integer) <= CASE CAST(substr(t, 6, 2) AS integer)
            WHEN 2 THEN CASE WHEN CAST(left(t, 4) AS integer) % 4 = 0
                AND (CAST(left(t, 4) AS integer) % 100 <> 0 OR CAST(left(t, 4) AS integer) % 400 = 0) THEN 29 ELSE 28 END
            WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END END
$$;
