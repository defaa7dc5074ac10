package org.repdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.model.Problems;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.store.BulkStore;
import org.repdesk.store.Database;
import org.repdesk.store.DeadlineStore;
import org.repdesk.store.Integrity;
import org.repdesk.store.MemberStore;
import org.repdesk.store.WorkloadStore;

/**
 * Fills an empty data file with realistic, reproducible demo data: the same seed gives the same
 * names, cases, notes, figures and demands log (only the ids differ). Everything is written in one transaction
 * with batched inserts, so a failed run leaves the file empty and large runs stay quick. The cases and
 * what hangs on them are made and written a chunk at a time, so memory grows only by 16 bytes a case (where
 * each one's choices start) and the members (issue 21: 300,000 cases took 2.3 GB from the jar, 760 MB with the
 * launcher's options, when every case was held until all were written; 490 MB with the launcher's options now).
 */
public final class DemoData {

    public static final int DEFAULT_MEMBERS = 60;
    public static final int DEFAULT_CASES = 120;
    public static final long DEFAULT_SEED = 42;
    public static final int MAX_MEMBERS = 1_000_000;
    public static final int MAX_CASES = 1_000_000;
    /**
     * Cases (or members' workload records) made and handed to the store together. Small enough that a
     * chunk's objects die young: at 2,000 cases a chunk outlived the launcher's young generation (48 MB)
     * and was copied into the old one, which grew to 280 MB of garbage by 100,000 cases (peak 569 MB);
     * at 250 the peak was 200 MB when each chunk was also moved at once, 372 MB as moved below (issue 21).
     */
    private static final int CHUNK = 250;
    /**
     * Staged cases and entries are moved into their tables every so many cases, one statement each. Each
     * adds a segment to the search indexes, and staging is held in memory (temp_store): at 100,000 cases,
     * moving every 2,000 was about 10% slower than before (the cases went in one statement) and peaked at
     * 305 MB; every 5,000 took as long as before and peaked at 372 MB; every 10,000, 417 MB.
     */
    private static final int MOVE_EVERY = 20 * CHUNK;

    /** How much was written. */
    public record Result(int members, int cases, int timelineEntries, int deadlines, int workloadRecords,
            int demands, int employerResponses, int meetings, int evidenceLinks) {
        public String summary() {
            Map<String, Object> n = new java.util.HashMap<>();
            n.put("members", members);
            n.put("cases", cases);
            n.put("entries", timelineEntries);
            n.put("deadlines", deadlines);
            n.put("records", workloadRecords);
            n.put("demands", demands);
            n.put("responses", employerResponses);
            n.put("meetings", meetings);
            n.put("links", evidenceLinks);
            return Messages.text("demo.summary", n);
        }
    }

    private final RepDesk desk;
    private final Database db;

    public DemoData(RepDesk desk) {
        this.desk = desk;
        this.db = desk.database();
    }

    /**
     * Writes demo data into an empty file.
     *
     * @throws ValidationException when the file already holds members, cases or demands, or the counts are out
     *         of range
     */
    public Result generate(int memberCount, int caseCount, long seed) {
        ValidationException.throwIfAny(new Problems()
                .range("demo.members", memberCount, 1, MAX_MEMBERS)
                .range("demo.cases", caseCount, 0, MAX_CASES)
                .list());
        StageCatalogue stages = desk.settings().stages();
        CapacityCalculator wmt = new CapacityCalculator(desk.settings().wmt());
        LocalDate today = desk.cases().today();
        return db.write(c -> {
            Integrity integrity = new Integrity(db);
            if (!integrity.isEmpty()) {
                Map<String, Long> counts = integrity.counts();
                throw new ValidationException(List.of(Messages.text("demo.notEmpty", Map.of("file", db.file().toString(),
                        "members", counts.get("member"), "cases", counts.get("case_file")))));
            }
            int demandsHeld = desk.demands().all().size();
            if (demandsHeld > 0) {
                // Made-up negotiation history must never mix with a rep's real demands log.
                throw new ValidationException(List.of(Messages.text("demo.hasDemands",
                        Map.of("file", db.file().toString(), "n", demandsHeld))));
            }
            ReplayableRandom rnd = new ReplayableRandom(seed);
            DemoGenerator g = new DemoGenerator(rnd, today, stages, wmt);
            List<Member> members = g.members(memberCount);
            new MemberStore(db).insertAll(members);
            BulkStore bulk = new BulkStore(db);
            DemoGenerator.CaseOrder order = g.caseOrder(members, caseCount);
            int entries = 0;
            int deadlines = 0;
            DeadlineStore deadlineStore = new DeadlineStore(db);
            BulkStore.Loading loading = bulk.loading();
            List<Deadline> waiting = new ArrayList<>(); // until their cases are moved into the table
            for (int from = 0; from < order.size(); from += CHUNK) {
                List<CaseFile> chunk = new ArrayList<>(CHUNK);
                for (int k = from; k < Math.min(order.size(), from + CHUNK); k++) {
                    chunk.add(g.caseAgain(members, order, k));
                }
                List<TimelineEntry> chunkEntries = new ArrayList<>();
                for (CaseFile cf : loading.addCases(chunk)) {
                    chunkEntries.addAll(g.timeline(cf));
                    waiting.addAll(g.deadlines(cf));
                }
                loading.addTimeline(chunkEntries);
                entries += chunkEntries.size();
                if ((from + CHUNK) % MOVE_EVERY == 0 || from + CHUNK >= order.size()) {
                    loading.move();
                    deadlineStore.insertAll(waiting);
                    deadlines += waiting.size();
                    waiting.clear();
                }
            }
            int records = 0;
            WorkloadStore workloadStore = new WorkloadStore(db);
            for (int from = 0; from < members.size(); from += CHUNK) {
                List<WorkloadRecord> chunkRecords = g.workload(members.subList(from, Math.min(members.size(), from + CHUNK)));
                workloadStore.insertAll(chunkRecords);
                records += chunkRecords.size();
            }
            // Last, so the choices above (and every older seed's members and cases) stay as they were.
            DemoDemands.Result log = new DemoDemands(desk.demands(), bulk, rnd, today).write();
            return new Result(members.size(), order.size(), entries, deadlines, records, log.demands(),
                    log.responses(), log.meetings(), log.links());
        });
    }
}
