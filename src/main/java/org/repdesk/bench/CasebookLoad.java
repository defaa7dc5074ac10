package org.repdesk.bench;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.CaseService;
import org.repdesk.service.DemoData;
import org.repdesk.service.RepDesk;
import org.repdesk.store.BriefQueries;
import org.repdesk.store.Casebooks;
import org.repdesk.store.Database;
import org.repdesk.store.StoreException;

/**
 * The branch casebook under load (issue 16): {@code reps} reps at once, each with its own login and
 * connection, against a casebook of {@code cases} cases, for {@code seconds}, in a realistic mix of
 * what a rep does (list, search, open a case, add a note, move a stage). Reports p50/p95/max per
 * operation, errors, refused saves (another rep got there first: said, not lost) and lost updates,
 * counted from the data afterwards: every note a rep was told was saved must be there, and every
 * case's version must have risen by exactly the saves that succeeded. Not a timed test: run by hand
 * on a scratch database (docs/benchmarks.md).
 */
public final class CasebookLoad {

    /**
     * Each rep's mix, out of 100: most of a rep's day is reading; the whole list is read again
     * rarely (the app reads it at the start and on F5, and keeps it up to date itself).
     */
    enum Operation {
        LIST(10, "list (first screenful)"), SEARCH(30, "search (first screenful)"), OPEN(35, "open"),
        ADD_NOTE(15, "add note"), CHANGE_STAGE(10, "change stage"),
        // What the app reads next, behind what the rep already sees: timed after each list or search.
        WHOLE_LIST(0, "the whole list, behind it"), EVERY_MATCH(0, "every match, behind it (when more)");

        final int weight;
        final String label;

        Operation(int weight, String label) {
            this.weight = weight;
            this.label = label;
        }
    }

    private static final String SEARCH_WORDS = "sian smith jones workload stress occupational capability meeting";

    private final CasebookAddress owner;
    private final char[] ownerPassword;
    private final int reps;
    private final int cases;
    private final int seconds;
    private final int thinkMillis;
    private final PrintStream out;

    /**
     * @param thinkMillis the mean pause between one rep's operations (exponential, as people's are): a
     *     rep reads what came back before the next click; 0 hammers the server without a pause
     */
    public CasebookLoad(CasebookAddress owner, char[] ownerPassword, int reps, int cases, int seconds, int thinkMillis,
            PrintStream out) {
        this.thinkMillis = thinkMillis;
        this.owner = owner;
        this.ownerPassword = ownerPassword == null ? null : ownerPassword.clone();
        this.reps = reps;
        this.cases = cases;
        this.seconds = seconds;
        this.out = out;
    }

    public void run() throws InterruptedException {
        char[] secret = randomPassword();
        List<String> logins = new ArrayList<>();
        for (int i = 1; i <= reps; i++) {
            logins.add(String.format(Locale.ROOT, "bench_rep_%02d", i));
        }
        prepare(logins, secret);

        Map<Operation, List<Long>> times = new ConcurrentHashMap<>();
        for (Operation op : Operation.values()) {
            times.put(op, java.util.Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger notesSaved = new AtomicInteger();
        Map<UUID, AtomicInteger> stageSaves = new ConcurrentHashMap<>();
        AtomicLong firstError = new AtomicLong();
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long notesBefore = noteCount();
        Map<UUID, Integer> versionsBefore = versions();

        CountDownLatch ready = new CountDownLatch(reps);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int i = 0; i < reps; i++) {
            String login = logins.get(i);
            long seed = i;
            Thread t = new Thread(() -> {
                Random random = new Random(seed);
                boolean counted = false;
                try (RepDesk desk = new RepDesk(Database.openCasebook(owner.as(login), secret), java.time.Clock.systemDefaultZone())) {
                    List<CaseListRow> mine = desk.cases().listRows();
                    desk.cases().prepareMatching(); // as the cases screen does when it opens
                    ready.countDown();
                    counted = true;
                    go.await();
                    while (System.nanoTime() < end) {
                        if (thinkMillis > 0) {
                            Thread.sleep((long) (-Math.log(1 - random.nextDouble()) * thinkMillis));
                        }
                        Operation op = pick(random);
                        long t0 = System.nanoTime();
                        long shown = 0; // when what the rep sees first was there, if more is read behind it
                        try {
                            switch (op) {
                                case LIST -> {
                                    desk.cases().firstRows(CaseService.FIRST_SCREENFUL);
                                    shown = System.nanoTime();
                                    mine = desk.cases().listRows();
                                    times.get(Operation.WHOLE_LIST).add(System.nanoTime() - shown);
                                }
                                case SEARCH -> {
                                    String w = word(random);
                                    boolean all = desk.cases().matchFirst(w, CaseService.FIRST_SCREENFUL).complete();
                                    shown = System.nanoTime();
                                    if (!all) {
                                        desk.cases().match(w);
                                        times.get(Operation.EVERY_MATCH).add(System.nanoTime() - shown);
                                    }
                                }
                                case OPEN -> {
                                    UUID id = mine.get(random.nextInt(mine.size())).caseId();
                                    desk.cases().byId(id);
                                    desk.cases().timeline(id);
                                    desk.cases().deadlines(id);
                                }
                                case ADD_NOTE -> {
                                    UUID id = mine.get(random.nextInt(mine.size())).caseId();
                                    desk.cases().addEntry(TimelineEntry.of(id, LocalDate.now(), EntryKind.NOTE,
                                            "Called the member about the workload review", null));
                                    notesSaved.incrementAndGet();
                                }
                                case CHANGE_STAGE -> {
                                    UUID id = mine.get(random.nextInt(mine.size())).caseId();
                                    CaseFile opened = desk.cases().byId(id).orElseThrow();
                                    String next = opened.stage().endsWith(" ") ? opened.stage().strip() : opened.stage() + " ";
                                    desk.cases().update(opened, opened.withStage(next));
                                    stageSaves.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                                }
                                default -> throw new IllegalStateException();
                            }
                            times.get(op).add((shown != 0 ? shown : System.nanoTime()) - t0);
                        } catch (StoreException e) {
                            if (e.kind() == StoreException.Kind.CHANGED_ELSEWHERE) {
                                refused.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                firstError.compareAndSet(0, System.nanoTime());
                                if (errorSamples.size() < 3) {
                                    errorSamples.add(op + ": " + e.getMessage());
                                }
                            }
                        } catch (org.repdesk.service.ValidationException e) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 3) {
                                errorSamples.add(op + ": " + e.getMessage());
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                    errorSamples.add(login + " could not work: " + e.getMessage());
                } finally {
                    if (!counted) {
                        ready.countDown(); // a rep that could not connect must not hold the others back
                    }
                }
            }, "bench-" + login);
            threads.add(t);
            t.start();
        }
        ready.await();
        out.printf(Locale.ROOT, "%d reps connected; running the mix for %d s, a pause of %d ms on average between"
                + " one rep's operations …%n", reps, seconds, thinkMillis);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }

        out.printf(Locale.ROOT, "%n| operation | count | p50 ms | p95 ms | max ms |%n| --- | ---: | ---: | ---: | ---: |%n");
        for (Operation op : Operation.values()) {
            long[] sorted = times.get(op).stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", op.label,
                    sorted.length, ms(sorted[sorted.length / 2]), ms(sorted[(int) Math.min(sorted.length - 1,
                            Math.ceil(sorted.length * 0.95) - 1)]), ms(sorted[sorted.length - 1]));
        }
        long notesLost = notesBefore + notesSaved.get() - noteCount();
        Map<UUID, Integer> versionsAfter = versions();
        long savesLost = 0;
        for (Map.Entry<UUID, AtomicInteger> e : stageSaves.entrySet()) {
            int rose = versionsAfter.getOrDefault(e.getKey(), 0) - versionsBefore.getOrDefault(e.getKey(), 0);
            savesLost += Math.abs(e.getValue().get() - rose);
        }
        out.printf(Locale.ROOT, "%nerrors: %d; saves refused because another rep saved first: %d; lost updates: %d"
                + " (notes %d, stage saves %d)%n", errors.get(), refused.get(), notesLost + savesLost, notesLost, savesLost);
        errorSamples.forEach(s -> out.println("  e.g. " + s));
        briefAgainstItsQueries(secret);
    }

    /** The casebook filled once (as its owner, whom the access rules do not slow), with logins and caseloads. */
    private void prepare(List<String> logins, char[] secret) {
        long t0 = System.nanoTime();
        try (Database db = Database.openCasebook(owner, ownerPassword); RepDesk desk = new RepDesk(db,
                java.time.Clock.systemDefaultZone())) {
            int held = desk.cases().count();
            if (held == 0) {
                out.printf(Locale.ROOT, "Filling %s with %d cases …%n", owner.describe(), cases);
                new DemoData(desk).generate(Math.max(1, cases / 5), cases, 2026);
            } else {
                out.printf(Locale.ROOT, "%s already holds %d cases: using them%n", owner.describe(), held);
            }
            for (String login : logins) {
                Casebooks.addUser(db, login, Casebooks.Role.REP, "Benchmark rep", secret);
            }
            Casebooks.addUser(db, "bench_officer", Casebooks.Role.OFFICER, "Benchmark officer", secret);
            int spread = Casebooks.spreadCases(db, logins);
            // Spreading rewrote every case: measured as the server keeps it (autovacuum's visibility
            // map, statistics), not in the minute before autovacuum gets to it.
            db.runOutsideTransaction("VACUUM ANALYZE case_file");
            out.printf(Locale.ROOT, "%d cases spread over %d reps (%.1f s)%n", spread, logins.size(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The brief's queries as an officer, timed, beside the same statements the floor runs (psql, if on the PATH). */
    private void briefAgainstItsQueries(char[] officerSecret) {
        try (Database db = Database.openCasebook(owner.as("bench_officer"), officerSecret)) {
            BriefQueries q = new BriefQueries(db);
            BriefQueries.Filter all = new BriefQueries.Filter(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), null, null,
                    null, null);
            long[] runs = new long[5];
            for (int i = 0; i < runs.length; i++) {
                long t0 = System.nanoTime();
                q.totals(all);
                q.evidenceCube(all);
                q.openedByMonth(all);
                q.workloadFigures(all, org.repdesk.model.WmtSettings.DEFAULTS);
                runs[i] = System.nanoTime() - t0;
            }
            Arrays.sort(runs);
            out.printf(Locale.ROOT, "%nbrief figures as an officer (totals, cube, months, capacities, over the threshold): median %.0f ms of 5%n",
                    ms(runs[runs.length / 2]));
            Double floor = PsqlFloor.median(owner.as("bench_officer"), officerSecret,
                    BriefQueries.literalFigures(org.repdesk.store.Dialect.POSTGRESQL, all,
                            org.repdesk.model.WmtSettings.DEFAULTS), 5); // as planned in the app: the settings, then the five
            if (floor != null) {
                out.printf(Locale.ROOT, "the same statements through psql as the same login: median %.0f ms (%.2fx)%n",
                        floor, ms(runs[runs.length / 2]) / floor);
            } else {
                out.println("(psql not found: no floor measured)");
            }
        }
    }

    private long noteCount() {
        try (Database db = Database.openCasebook(owner, ownerPassword)) {
            return new org.repdesk.store.Integrity(db).counts().get("timeline_entry");
        }
    }

    private Map<UUID, Integer> versions() {
        try (Database db = Database.openCasebook(owner, ownerPassword)) {
            return new org.repdesk.store.CaseStore(db).versions();
        }
    }

    private static Operation pick(Random random) {
        int r = random.nextInt(100);
        for (Operation op : Operation.values()) {
            r -= op.weight;
            if (r < 0) {
                return op;
            }
        }
        return Operation.LIST;
    }

    private static String word(Random random) {
        String[] words = SEARCH_WORDS.split(" ");
        String w = words[random.nextInt(words.length)];
        return w.substring(0, Math.max(3, 1 + random.nextInt(w.length())));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static char[] randomPassword() {
        SecureRandom r = new SecureRandom();
        char[] c = new char[24];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ('a' + r.nextInt(26));
        }
        return c;
    }
}
