package org.repdesk.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
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
        if (integrity.walksTheFilesPages()) {
            return sideBySide(full, progress, total);
        }
        List<String> storage = integrity.sqliteProblems(full, progress);
        // On a damaged file the app checks only add noise (or fail on the same pages).
        return storage.isEmpty() ? withRules(integrity.checked(full), progress, total) : damaged(storage, progress, total);
    }

    /** What SQLite found sound, with what RepDesk's rules found. */
    private static Report withRules(Integrity.Checked checked, Integrity.Progress progress, int total) {
        progress.stepDone(total - 1, total);
        progress.stepDone(total, total);
        return new Report(List.copyOf(checked.problems()), checked.counts());
    }

    /** Damage SQLite found: the whole report. */
    private static Report damaged(List<String> storage, Integrity.Progress progress, int total) {
        progress.stepDone(total, total);
        return new Report(List.copyOf(storage), Map.of()); // counting a damaged file proves nothing
    }

    /**
     * A data file's check with SQLite's walk of its pages on a second connection while RepDesk's rules
     * read the rows on this one: on two cores the check takes the longer of the two, not their sum
     * (the quick check at 100,000 cases: ~1 s of a core for the pages, ~0.7 s for the rules, issue 21).
     * The deadlines' flags are a statement over rows, not pages: they are counted here with the rules
     * (0.2–0.3 s of a core off the walk, the longer side). The answer is the one the steps give in turn:
     * damage SQLite finds is the whole report, then flags out of step are, and only then is a failure
     * of the rules (reading the same damaged pages) left unsaid.
     */
    private Report sideBySide(boolean full, Integrity.Progress progress, int total) {
        FutureTask<List<String>> pages = new FutureTask<>(() -> integrity.pagesAside(full, progress));
        Thread walk = new Thread(pages, "repdesk-check-pages");
        walk.setDaemon(true);
        walk.start();
        List<String> flags = null;
        Integrity.Checked checked = null;
        RuntimeException rulesFailed = null;
        try {
            flags = integrity.deadlineFlags();
            checked = integrity.checked(full);
            // The report's words read while SQLite still walks the pages (the bundle's loading and parsing
            // came after the walk, ~40-80 ms at the command's end), not after it: the rules end first.
            new Report(List.of(), checked.counts()).summary();
        } catch (RuntimeException e) {
            // Thrown below unless SQLite's walk or the flags find damage, which then say why instead.
            java.util.logging.Logger.getLogger(FileCheck.class.getName())
                    .log(java.util.logging.Level.FINE, "the rules could not be read", e); // not for reps
            rulesFailed = e;
        }
        List<String> storage = org.repdesk.store.Tasks.waitedFor(pages); // its connection closed before the file can be
        if (!storage.isEmpty()) {
            // SQLite's findings first, then the deadlines' flags when they could be read, as when both came
            // from the walk's thread.
            List<String> found = new java.util.ArrayList<>(storage);
            if (flags != null) {
                found.addAll(flags);
            }
            return damaged(found, progress, total);
        }
        if (flags != null) {
            // Said once the walk's own steps are: the steps are told in their order, from one thread at a time.
            progress.stepDone(integrity.pageSteps(full) + 1, total);
            if (!flags.isEmpty()) {
                return damaged(flags, progress, total);
            }
        }
        if (rulesFailed != null) {
            throw rulesFailed;
        }
        return withRules(checked, progress, total);
    }
}
