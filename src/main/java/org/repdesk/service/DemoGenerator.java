package org.repdesk.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.Union;
import org.repdesk.model.WorkingDays;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.model.WorkloadRecord;

/**
 * All the choices, from one Random consumed in a fixed order: that is what makes a seed reproducible.
 * What it writes is sample content in English (its literals are marked not for reps), the timeline's
 * stage and status entries included; teams and deadlines are the app's words, in the language RepDesk
 * speaks as the demo is made. A seed makes the same choices whatever the language.
 */
final class DemoGenerator {

    /** About one meeting or hearing note in this many is a full record, a long note. */
    private static final int LONG_NOTE_ONE_IN = 12;
    private static final EntryKind[] MANUAL_KINDS = {EntryKind.MEETING, EntryKind.HEARING, EntryKind.PHONE_CALL,
        EntryKind.EMAIL, EntryKind.DOCUMENT, EntryKind.NOTE};

    /** The one sequence every choice comes from, in a fixed order; {@link #caseAgain} borrows it for a moment. */
    private ReplayableRandom rnd;
    /** Makes a case again from where its choices began. */
    private final ReplayableRandom replay = new ReplayableRandom(0);
    private final LocalDate today;
    private final StageCatalogue stages;
    private final CapacityCalculator wmt;
    private final WorkingDays workingDays = WorkingDays.englandAndWales();
    private final Map<UUID, Member> memberById = new HashMap<>();
    private final List<String> managers = new ArrayList<>();
    private boolean overdueGiven;
    private boolean excessiveGiven;

    DemoGenerator(ReplayableRandom rnd, LocalDate today, StageCatalogue stages, CapacityCalculator wmt) {
        this.rnd = rnd;
        this.today = today;
        this.stages = stages;
        this.wmt = wmt;
        for (int i = 0; i < 40; i++) {
            managers.add(pick(DemoText.FIRST_NAMES) + " " + pick(DemoText.SURNAMES) + ", "
                    + pick(DemoText.MANAGER_ROLES));
        }
    }

    List<Member> members(int count) {
        List<Member> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // The first few cycle through every value, so even a small demo shows them all.
            Union union = i < Union.values().length ? Union.values()[i]
                    : weighted(Union.values(), 60, 25, 11, 4);
            Grade grade = i < Grade.values().length ? Grade.values()[i]
                    : weighted(Grade.values(), 40, 12, 30, 7, 9, 2);
            Region region = i < Region.values().length ? Region.values()[i] : pick(List.of(Region.values()));
            String first = pick(DemoText.FIRST_NAMES);
            String surname = pick(DemoText.SURNAMES);
            double hours = weighted(new Double[] {37.0, 30.0, 22.5, 18.5, 15.0}, 70, 10, 12, 5, 3);
            String email = rnd.nextInt(4) == 0 ? null
                    : ascii(first) + "." + ascii(surname) + (rnd.nextBoolean() ? "@justice.example.org"
                            : "@example.org");
            String phone = rnd.nextInt(5) == 0 ? null
                    : String.format(Locale.ROOT, "07700 900%03d", rnd.nextInt(1000)); // Ofcom drama range
            Member m = Member.create(membershipNumber(union, i), first + " " + surname, union, grade,
                    org.repdesk.i18n.Messages.text(pick(DemoText.TEAMS)), pick(DemoText.PDUS.get(region)), region,
                    email, phone, hours);
            mustBeValid(m.problems());
            members.add(m);
            memberById.put(m.id(), m);
        }
        return members;
    }

    /** Unique by construction: member i gets a number from its own block of nine. */
    private String membershipNumber(Union union, int i) {
        long n = 100_000L + i * 9L + rnd.nextInt(9);
        return switch (union) {
            case NAPO -> String.format(Locale.ROOT, "NAP%06d", n);
            case UNISON -> String.format(Locale.ROOT, "U%07d", n + 1_000_000L);
            case GMB_SCOOP -> String.format(Locale.ROOT, "GMB%06d", n);
            case OTHER -> String.format(Locale.ROOT, "OTH%06d", n);
        };
    }

    /**
     * Where each case's choices begin, in the order the cases are written: by opening date, cases opened on
     * the same day as they were made (the references follow that order). The cases are made once here to
     * learn their dates, and again, a chunk at a time, by {@link #caseAgain}: holding them all until they
     * could be sorted took about 350 bytes a case (issue 21), these two numbers take 16.
     */
    CaseOrder caseOrder(List<Member> members, int count) {
        long[] positions = new long[count];
        long[] openedThenMade = new long[count];
        for (int i = 0; i < count; i++) {
            positions[i] = rnd.position();
            openedThenMade[i] = nextCase(members, i).openedOn().toEpochDay() << 32 | i;
        }
        Arrays.sort(openedThenMade);
        return new CaseOrder(openedThenMade, positions);
    }

    /** The cases in the order they are written: the k-th is made by {@link #caseAgain}. */
    record CaseOrder(long[] openedThenMade, long[] positions) {
        int size() {
            return openedThenMade.length;
        }

        int made(int k) {
            return (int) openedThenMade[k];
        }
    }

    /**
     * The k-th case in the written order, made again from where its choices began, exactly as it was made
     * the first time (but for its random id); the main sequence is left where it was.
     */
    CaseFile caseAgain(List<Member> members, CaseOrder order, int k) {
        ReplayableRandom main = rnd;
        int made = order.made(k);
        replay.moveTo(order.positions()[made]);
        rnd = replay;
        try {
            return nextCase(members, made);
        } finally {
            rnd = main;
        }
    }

    private CaseFile nextCase(List<Member> members, int i) {
        Member member = members.get(rnd.nextInt(members.size()));
        CaseType type = i < CaseType.values().length ? CaseType.values()[i]
                : weighted(CaseType.values(), 32, 34, 12, 10, 8, 4);
        LocalDate opened = weekday(today.minusDays(rnd.nextInt(730)));
        if (opened.isAfter(today)) {
            opened = today;
        }
        boolean recent = opened.isAfter(today.minusDays(21));
        CaseStatus status = recent ? CaseStatus.OPEN : weighted(CaseStatus.values(), 50, 12, 38);
        List<String> names = stages.stagesFor(type).isEmpty() ? List.of(stages.firstStage(type))
                : stages.stagesFor(type);
        int stageIndex = status == CaseStatus.CLOSED ? rnd.nextInt(names.size())
                : Math.min(rnd.nextInt(names.size()), rnd.nextInt(names.size())); // most open cases are early on
        LocalDate closed = null;
        String outcome = null;
        if (status == CaseStatus.CLOSED) {
            long span = Math.max(1, today.toEpochDay() - opened.toEpochDay() - 14);
            closed = weekday(opened.plusDays(14 + (long) rnd.nextInt((int) Math.min(span, 400))));
            if (closed.isAfter(today)) {
                closed = today;
            }
            outcome = pick(DemoText.OUTCOMES.get(type));
        }
        WorkloadFactor factor = factorFor(type);
        String manager = rnd.nextInt(10) == 0 ? null : pick(managers);
        String account = factor == WorkloadFactor.NO ? null
                : fill(pick(DemoText.WORKLOAD_ACCOUNTS), member, manager, null);
        CaseFile cf = new CaseFile(UUID.randomUUID(), null, member.id(), type, status,
                names.get(stageIndex), opened, closed, manager, outcome, factor, account);
        mustBeValid(cf.problems());
        return cf;
    }

    private WorkloadFactor factorFor(CaseType type) {
        return switch (type) {
            case CAPABILITY, SICKNESS_ABSENCE -> weighted(WorkloadFactor.values(), 50, 18, 32);
            case WORKLOAD_CONCERN -> weighted(WorkloadFactor.values(), 85, 0, 15);
            default -> weighted(WorkloadFactor.values(), 15, 65, 20);
        };
    }

    /** 3 to 10 entries: the opening, stage changes up to the current stage, the rep's own, and any status change. */
    List<TimelineEntry> timeline(CaseFile cf) {
        Member member = memberById.get(cf.memberId());
        List<String> names = stages.stagesFor(cf.type());
        int stageIndex = Math.max(0, names.indexOf(cf.stage()));
        boolean statusChange = cf.status() != CaseStatus.OPEN;
        int wanted = 3 + rnd.nextInt(8);
        int automatic = 1 + stageIndex + (statusChange ? 1 : 0);
        int manual = Math.max(1, wanted - automatic);
        LocalDate end = cf.closedOn() != null ? cf.closedOn() : today;
        List<LocalDate> dates = new ArrayList<>();
        int span = (int) (end.toEpochDay() - cf.openedOn().toEpochDay()) + 1;
        for (int i = 0; i < stageIndex + manual; i++) {
            dates.add(weekday(cf.openedOn().plusDays(rnd.nextInt(span)))); // reps meet and call on weekdays
        }
        Collections.sort(dates);
        LocalDate statusDate = end;
        if (cf.status() == CaseStatus.ON_HOLD) {
            LocalDate last = dates.isEmpty() ? cf.openedOn() : dates.get(dates.size() - 1);
            statusDate = weekday(last.plusDays(rnd.nextInt((int) (today.toEpochDay() - last.toEpochDay()) + 1)));
            statusDate = statusDate.isBefore(last) ? last : statusDate;
        }
        Set<String[]> used = new HashSet<>(); // templates are shared constants: identity is enough
        // Which of the middle slots are stage changes: stageIndex of them, spread at random, in order.
        List<Boolean> isStage = new ArrayList<>();
        for (int i = 0; i < stageIndex + manual; i++) {
            isStage.add(i < stageIndex);
        }
        Collections.shuffle(isStage, rnd);

        List<TimelineEntry> entries = new ArrayList<>();
        String first = names.isEmpty() ? cf.stage() : names.get(0);
        entries.add(TimelineEntry.automatic(cf.id(), cf.openedOn(), EntryKind.STATUS_CHANGE,
                AutomaticEntry.caseOpened(first), null));
        int reached = 0;
        for (int i = 0; i < dates.size(); i++) {
            if (isStage.get(i)) {
                String from = names.get(reached);
                String to = names.get(++reached);
                entries.add(TimelineEntry.automatic(cf.id(), dates.get(i), EntryKind.STAGE_CHANGE,
                        AutomaticEntry.stageChanged(from, to), null));
            } else {
                entries.add(manualEntry(cf, member, dates.get(i), names.isEmpty() ? cf.stage() : names.get(reached),
                        used));
            }
        }
        if (statusChange) {
            entries.add(TimelineEntry.automatic(cf.id(), statusDate, EntryKind.STATUS_CHANGE,
                    AutomaticEntry.statusChanged(CaseStatus.OPEN, cf.status(), cf.outcome()), null));
        }
        entries.forEach(e -> mustBeValid(e.problems()));
        return entries;
    }

    /** A note the rep wrote; {@code used} keeps one case from repeating the same note. */
    private TimelineEntry manualEntry(CaseFile cf, Member member, LocalDate date, String stage, Set<String[]> used) {
        EntryKind kind = weighted(MANUAL_KINDS, 22, 8, 22, 20, 12, 16);
        List<String[]> unused = DemoText.ENTRIES.get(kind).stream().filter(t -> !used.contains(t)).toList();
        if (unused.isEmpty()) { // every note of this kind is on the case already: take another kind's
            for (EntryKind other : MANUAL_KINDS) {
                unused = DemoText.ENTRIES.get(other).stream().filter(t -> !used.contains(t)).toList();
                if (!unused.isEmpty()) {
                    kind = other;
                    break;
                }
            }
        }
        String[] template = pick(unused);
        used.add(template);
        String text = template[1];
        if ((kind == EntryKind.HEARING || kind == EntryKind.MEETING) && rnd.nextInt(LONG_NOTE_ONE_IN) == 0) {
            // A full record of the meeting: the paragraphs in their natural order, some left out.
            StringBuilder longNote = new StringBuilder(text);
            for (String paragraph : DemoText.LONG_NOTE_PARAGRAPHS) {
                if (rnd.nextInt(4) != 0) {
                    longNote.append("\n\n").append(paragraph);
                }
            }
            text = longNote.toString();
        }
        return TimelineEntry.of(cf.id(), date, kind, fill(template[0], member, cf.manager(), stage),
                fill(text, member, cf.manager(), stage));
    }

    /** Open cases: upcoming hearings and tasks, some overdue. Closed cases: past ones, all done. */
    List<Deadline> deadlines(CaseFile cf) {
        Member member = memberById.get(cf.memberId());
        List<Deadline> list = new ArrayList<>();
        int count = cf.isClosed() ? rnd.nextInt(3) : 1 + rnd.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] template = pick(DemoText.DEADLINES);
            boolean hearing = Boolean.parseBoolean(template[1]);
            String what = template[0] == null ? StageCatalogue.shown(cf.stage(), org.repdesk.i18n.Messages.language())
                    : org.repdesk.i18n.Messages.text(template[0], Map.of("named", cf.manager() == null ? "no" : "yes",
                            "manager", cf.manager() == null ? "" : cf.manager().substring(0, cf.manager().indexOf(','))));
            LocalDate due;
            boolean done;
            if (cf.isClosed()) {
                due = weekday(cf.openedOn().plusDays(rnd.nextInt(
                        (int) (cf.closedOn().toEpochDay() - cf.openedOn().toEpochDay()) + 1)));
                done = true;
            } else if (!overdueGiven || rnd.nextInt(4) == 0) {
                due = workingDaysBefore(today, 1 + rnd.nextInt(15));
                done = overdueGiven && rnd.nextInt(3) == 0; // some past ones were done in time
            } else {
                due = workingDays.after(today, 1 + rnd.nextInt(30));
                done = false;
            }
            if (due.isBefore(cf.openedOn())) {
                due = cf.openedOn();
            }
            overdueGiven |= !done && due.isBefore(today);
            Deadline d = new Deadline(UUID.randomUUID(), cf.id(), due, what, hearing, done || cf.isClosed());
            mustBeValid(d.problems());
            list.add(d);
        }
        return list;
    }

    private LocalDate workingDaysBefore(LocalDate from, int n) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * Weekly WMT records (each Friday) for most practitioners. About one in three runs over 110% for
     * four or more weeks, the employer's own definition of excessive workload. Called on the members a
     * part at a time, in order, it makes the same records as on all of them at once.
     */
    List<WorkloadRecord> workload(List<Member> members) {
        List<WorkloadRecord> records = new ArrayList<>();
        LocalDate lastFriday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        for (Member m : members) {
            boolean practitioner = m.grade() == Grade.PO || m.grade() == Grade.PSO || m.grade() == Grade.PQIP;
            if (!practitioner || rnd.nextInt(10) < 3) {
                continue;
            }
            int weeks = 8 + rnd.nextInt(19);
            boolean excessive = !excessiveGiven || rnd.nextInt(3) == 0;
            excessiveGiven = true;
            int runFrom = excessive ? weeks - 4 - rnd.nextInt(Math.min(5, weeks - 4)) : Integer.MAX_VALUE;
            double reduction = weighted(new Double[] {0.0, 3.7, 7.4}, 70, 20, 10);
            double capacity = 80 + rnd.nextInt(30);
            for (int w = 0; w < weeks; w++) {
                LocalDate on = lastFriday.minusWeeks(weeks - 1L - w);
                capacity = Math.max(55, Math.min(105 + rnd.nextInt(10), capacity + rnd.nextGaussian() * 6));
                double percent = w >= runFrom ? 111 + rnd.nextInt(35) : capacity;
                int available = wmt.availablePoints(m.grade(), m.contractedHours(), reduction);
                double points = Math.round(percent * available / 100.0);
                Double shown = wmt.capacityPercent(points, available);
                int casesHeld = switch (m.grade()) {
                    case PQIP -> 14 + rnd.nextInt(16);
                    case PSO -> 35 + rnd.nextInt(30);
                    default -> 30 + rnd.nextInt(28);
                };
                double worked = Math.min(60, m.contractedHours() + Math.max(0, (percent - 95) / 6)
                        + rnd.nextInt(4));
                String uncounted = rnd.nextInt(4) == 0 ? pick(DemoText.UNCOUNTED_WORK) : null;
                WorkloadRecord r = WorkloadRecord.of(m.id(), on, shown == null ? null : round1(shown), points,
                        m.contractedHours(), reduction, casesHeld, round1(worked), uncounted);
                mustBeValid(r.problems());
                records.add(r);
            }
        }
        return records;
    }

    private String fill(String template, Member member, String manager, String stage) {
        String firstName = member.name().substring(0, member.name().indexOf(' '));
        String managerName = manager == null ? "the manager" : manager.substring(0, manager.indexOf(',')); // not for reps
        return template.replace("{first}", firstName).replace("{manager}", managerName)
                .replace("{stage}", stage == null ? "the current stage" : stage); // not for reps
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private <T> T weighted(T[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static LocalDate weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.minusDays(2);
            default -> d;
        };
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    /** For an email address: "Siân ap Gwilym" → "sian", "apgwilym"; "Łukasz" → "lukasz". */
    private static String ascii(String name) {
        String plain = java.text.Normalizer.normalize(name.replace('Ł', 'L').replace('ł', 'l'),
                java.text.Normalizer.Form.NFD);
        return plain.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** Demo data is built to be valid; a problem here is a bug in this generator, not the rep's. */
    private static void mustBeValid(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo data broke a rule: " + problems);
        }
    }
}
