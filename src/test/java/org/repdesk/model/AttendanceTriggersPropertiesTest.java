package org.repdesk.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the trigger count over any record jqwik can think of (including overlapping ones). */
class AttendanceTriggersPropertiesTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final AttendanceTriggers POLICY = AttendanceTriggers.englandAndWales(AttendanceSettings.DEFAULTS);

    @Property(tries = 300)
    void daysLostNeverExceedTheMembersWorkingDaysInTheWindow(@ForAll("patterns") WorkingPattern pattern,
            @ForAll @Size(max = 15) List<@net.jqwik.api.From("absences") Absence> absences,
            @ForAll @IntRange(min = 0, max = 1100) int dayOffset) {
        AttendanceTriggers.Result r = POLICY.on(START.plusDays(dayOffset), pattern, absences);

        assert r.all().daysLost() <= r.workingDaysInWindow()
                : r.all().daysLost() + " days lost of " + r.workingDaysInWindow() + " working days";
        assert r.withoutDisabilityRelated().daysLost() <= r.all().daysLost();
    }

    @Property(tries = 300)
    void addingAnAbsenceNeverLowersTheCount(@ForAll("patterns") WorkingPattern pattern,
            @ForAll @Size(max = 12) List<@net.jqwik.api.From("absences") Absence> absences,
            @ForAll("absences") Absence another, @ForAll @IntRange(min = 0, max = 1100) int dayOffset) {
        LocalDate on = START.plusDays(dayOffset);
        AttendanceTriggers.Result before = POLICY.on(on, pattern, absences);
        List<Absence> more = new ArrayList<>(absences);
        more.add(another);
        AttendanceTriggers.Result after = POLICY.on(on, pattern, more);

        assert after.all().daysLost() >= before.all().daysLost();
        assert after.withoutDisabilityRelated().daysLost() >= before.withoutDisabilityRelated().daysLost();
        assert !before.all().reached() || after.all().reached() || after.all().daysLost() >= before.all().daysLost()
                && after.all().spells() < before.all().spells() : "only a joined spell can undo a spells trigger";
    }

    @Provide
    Arbitrary<WorkingPattern> patterns() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7)
                .map(s -> EnumSet.copyOf(s));
        Arbitrary<Double> hours = Arbitraries.integers().between(4, 80).map(h -> h / 2.0);
        return Combinators.combine(days, hours).as((d, h) -> new WorkingPattern(MEMBER, d, h, null));
    }

    @Provide
    Arbitrary<Absence> absences() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 1100);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 30);
        Arbitrary<Double> hours = Arbitraries.integers().between(1, 16).map(h -> h / 2.0).injectNull(0.6);
        Arbitrary<AbsenceReason> reason = Arbitraries.of(AbsenceReason.class);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(start, length, hours, reason, flag, flag).as((s, n, h, r, disability, pregnancy) -> {
            LocalDate first = START.plusDays(s);
            LocalDate last = h == null ? first.plusDays(n) : first;
            return Absence.of(MEMBER, first, last, h, r, disability, pregnancy, false, false);
        });
    }
}
