package org.repdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.store.Database;
import org.repdesk.store.Integrity;

/** Checks an open data file for damage, without changing it. */
public final class FileCheck {

    /** What the check found, and how much the file holds (not counted when SQLite finds damage). */
    public record Report(List<String> problems, Map<String, Long> counts) {
        public boolean healthy() {
            return problems.isEmpty();
        }

        /** "60 members, 120 cases, 812 timeline entries, 150 deadlines, 400 workload records". */
        public String summary() {
            if (counts.isEmpty()) {
                return Messages.text("fileCheck.notCounted");
            }
            return Messages.text("fileCheck.summary", Map.of("members", counts.get("member"),
                    "cases", counts.get("case_file"), "entries", counts.get("timeline_entry"),
                    "deadlines", counts.get("deadline"), "records", counts.get("workload_record")));
        }
    }

    private final Integrity integrity;

    public FileCheck(Database db) {
        this.integrity = new Integrity(db);
    }

    /**
     * The full check: SQLite's integrity and foreign-key checks, the search indexes compared with the
     * rows, then RepDesk's own rules (each case has its member, references are well formed and unique
     * per year, closed cases have a closing date...).
     */
    public Report run() {
        return run(true, Integrity.Progress.NONE);
    }

    /**
     * The check, full or quick ({@code check} without {@code --full}: SQLite's quick check and every rule
     * but those on timeline entries; 4 s where the full check took 16 s at 100,000 cases, issue 21),
     * telling {@code progress} after each step.
     */
    public Report run(boolean full, Integrity.Progress progress) {
        int total = integrity.steps(full);
        List<String> problems = new ArrayList<>(integrity.sqliteProblems(full, progress));
        if (problems.isEmpty()) {
            // On a damaged file the app checks only add noise (or fail on the same pages).
            Integrity.Checked checked = integrity.checked(full);
            problems.addAll(checked.problems());
            progress.stepDone(total - 1, total);
            progress.stepDone(total, total);
            return new Report(List.copyOf(problems), checked.counts());
        }
        progress.stepDone(total, total);
        return new Report(List.copyOf(problems), Map.of()); // counting a damaged file proves nothing
    }
}
