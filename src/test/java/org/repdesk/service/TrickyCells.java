package org.repdesk.service;

import java.sql.PreparedStatement;
import java.util.List;
import org.repdesk.model.CaseFile;

/**
 * Plants text a spreadsheet could take as a formula, or a CSV writer could get wrong, into the cases and
 * members of a desk, straight through SQL (the models would refuse some of it): what the exports' byte-for-byte
 * tests on a file and on a casebook both need.
 */
final class TrickyCells {

    private TrickyCells() {
    }

    /** Each text twice over, into every {@code every}-th case and its member, in several columns each. */
    static void plant(RepDesk desk, List<String> tricky, int every) {
        desk.database().write(c -> {
            try (PreparedStatement cases = c.prepareStatement("UPDATE case_file SET reference = ?, stage = ?,"
                    + " manager = ?, outcome = ?, workload_account = ? WHERE id = ?");
                 PreparedStatement members = c.prepareStatement(
                         "UPDATE member SET membership_number = ?, name = ? WHERE id = ?")) {
                List<CaseFile> all = desk.cases().all();
                for (int i = 0; i < tricky.size() * 2; i++) {
                    CaseFile k = all.get(i * every);
                    String text = tricky.get(i % tricky.size());
                    cases.setString(1, String.format("%s%03d", "=+-@\"".charAt(i % 5), i)); // ASCII: both sort it alike
                    cases.setString(2, text.isEmpty() ? "Stage" : text);
                    cases.setString(3, i < tricky.size() ? text : null);
                    cases.setString(4, tricky.get((i + 3) % tricky.size()));
                    cases.setString(5, i % 3 == 0 ? null : tricky.get((i + 5) % tricky.size()));
                    cases.setString(6, k.id().toString());
                    cases.executeUpdate();
                    members.setString(1, "=N" + i + tricky.get(i % tricky.size()));
                    members.setString(2, tricky.get((i + 1) % tricky.size()));
                    members.setString(3, k.memberId().toString());
                    members.executeUpdate();
                }
            }
            return null;
        });
    }
}
