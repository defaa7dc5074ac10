package org.repdesk.model;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repdesk.model.AttendanceTriggers.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attendance policy's trigger rules, each test written from the policy's own words. */
class AttendanceTriggersTest {

    private static final UUID MEMBER = UUID.randomUUID();
    private static final WorkingPattern FULL_TIME = WorkingPattern.fullTime(MEMBER, 37);
    private static final AttendanceTriggers POLICY = AttendanceTriggers.englandAndWales(AttendanceSettings.DEFAULTS);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Absence off(String first, String last) {
        return Absence.of(MEMBER, d(first), d(last), null, AbsenceReason.INFECTION, false, false, false, false);
    }

    private static Absence offFor(String day, double hours) {
        return Absence.of(MEMBER, d(day), d(day), hours, AbsenceReason.INFECTION, false, false, false, false);
    }

    private static Absence disabilityRelated(String first, String last) {
        return Absence.of(MEMBER, d(first), d(last), null, AbsenceReason.MUSCULOSKELETAL, true, false, false, true);
    }

    // "An absence of over half a normal working day counts as one day; over one hour, as half a day."
    @ParameterizedTest(name = "{0} hours off a 7.4-hour day costs {1} days")
    @CsvSource({"7.4, 1", "4, 1", "3.71, 1", "3.7, 0.5", "1.5, 0.5", "1.01, 0.5", "1, 0", "0.5, 0"})
    void aPartDayCountsAsADayHalfADayOrNothing(double hours, double days) {
        // Wednesday 4 March 2026, a working day for a full-time member (37 h / 5 days = 7.4 h).
        assertEquals(days, POLICY.daysLost(offFor("2026-03-04", hours), FULL_TIME));
    }

    @Test
    void anHourOrLessIsNoSpellEither() {
        Result r = on("2026-11-23", FULL_TIME, offFor("2026-03-04", 1), offFor("2026-04-08", 0.75));

        assertEquals(0, r.all().daysLost());
        assertEquals(0, r.all().spells());
    }

    // "Working days follow the member's own pattern and skip England and Wales bank holidays."
    @Test
    void aSpellAcrossChristmas2027CostsNothingForTheSubstituteBankHolidays() {
        // 25 and 26 December 2027 are a Saturday and Sunday: Monday 27 and Tuesday 28 are the bank holidays.
        assertTrue(BankHolidays.englandAndWales().isBankHoliday(d("2027-12-27")));
        assertTrue(BankHolidays.englandAndWales().isBankHoliday(d("2027-12-28")));

        // Thursday 23 December to Friday 31 December: 23, 24, 29, 30, 31 are working days.
        assertEquals(5, POLICY.daysLost(off("2027-12-23", "2027-12-31"), FULL_TIME));
    }

    @Test
    void aSpellAcrossTheNewYearOf2028SkipsMonday3JanuaryTheSubstituteForNewYearsDay() {
        // 1 January 2028 is a Saturday; Monday 3 January is the bank holiday. 29-31 Dec and 4-5 Jan count.
        assertEquals(5, POLICY.daysLost(off("2027-12-29", "2028-01-05"), FULL_TIME));
    }

    @Test
    void onlyTheMembersOwnWeekdaysCount() {
        WorkingPattern monWedFri = new WorkingPattern(MEMBER, EnumSet.of(MONDAY, WEDNESDAY, FRIDAY), 22.5, null);

        assertEquals(3, POLICY.daysLost(off("2026-03-02", "2026-03-06"), monWedFri));
        // 7.5 h a day: 4 hours is over half of it, 3 hours over one hour.
        assertEquals(1, POLICY.daysLost(offFor("2026-03-04", 4), monWedFri));
        assertEquals(0.5, POLICY.daysLost(offFor("2026-03-04", 3), monWedFri));
        assertEquals(0, POLICY.daysLost(offFor("2026-03-03", 4), monWedFri), "Tuesday is not her working day");
    }

    // "8 working days' absence or 4 separate spells in a rolling 12 months."
    @Test
    void eightDaysInTwoSpellsReachTheTriggerAndTheSecondSpellTipsIt() {
        Absence first = off("2026-02-02", "2026-02-06");   // 5 days
        Absence second = off("2026-06-08", "2026-06-10");  // 3 days: the 8th day is Wednesday 10 June

        Result r = on("2026-11-23", FULL_TIME, first, second);

        assertEquals(8, r.all().daysLost());
        assertEquals(2, r.all().spells());
        assertTrue(r.all().reached());
        assertEquals(AttendanceTriggers.ReachedBy.DAYS, r.all().reachedBy());
        assertEquals(second, r.all().tippedBy());
        assertEquals(d("2026-06-10"), r.all().tippedOn());
    }

    @Test
    void sevenAndAHalfDaysDoNotReachTheTrigger() {
        Result r = on("2026-11-23", FULL_TIME, off("2026-02-02", "2026-02-06"), off("2026-06-08", "2026-06-09"),
                offFor("2026-06-10", 2));

        assertEquals(7.5, r.all().daysLost());
        assertFalse(r.all().reached());
        assertNull(r.all().reachedBy());
        assertNull(r.all().tippedBy());
    }

    @Test
    void fourOneDaySpellsReachTheTriggerByTheFourthSpell() {
        Absence fourth = off("2026-09-07", "2026-09-07");
        Result r = on("2026-11-23", FULL_TIME, off("2026-01-12", "2026-01-12"), off("2026-03-16", "2026-03-16"),
                off("2026-05-18", "2026-05-18"), fourth);

        assertEquals(4, r.all().spells());
        assertEquals(AttendanceTriggers.ReachedBy.SPELLS, r.all().reachedBy());
        assertEquals(fourth, r.all().tippedBy());
    }

    @Test
    void recordsWithOnlyAWeekendBetweenThemAreOneSpell() {
        // Off Wednesday to Friday, then a new fit note from Monday: one spell, not two.
        Result r = on("2026-11-23", FULL_TIME, off("2026-03-04", "2026-03-06"), off("2026-03-09", "2026-03-10"));

        assertEquals(1, r.all().spells());
        assertEquals(5, r.all().daysLost());
    }

    @Test
    void aSpellPartlyBeforeTheWindowCountsOnlyItsDaysInside() {
        // The window on 23 November 2026 starts on 24 November 2025.
        Result r = on("2026-11-23", FULL_TIME, off("2025-11-17", "2025-11-28"));

        assertEquals(d("2025-11-24"), r.windowFrom());
        assertEquals(5, r.all().daysLost());
        assertEquals(1, r.all().spells());
    }

    // "... in a rolling 12 months": a spell drops out of the window a year after its last day.
    @Test
    void aSpellDropsOutOfTheWindowAndTheMemberIsBackUnderTheTrigger() {
        Absence january = off("2026-01-05", "2026-01-09");
        Absence june = off("2026-06-08", "2026-06-10");

        Result r = on("2026-11-23", FULL_TIME, january, june);

        assertTrue(r.all().reached());
        assertEquals(d("2027-01-09"), r.absences().get(0).dropsOutOn());
        assertEquals(d("2027-06-10"), r.absences().get(1).dropsOutOn());
        // Monday 5 January 2026 leaves the window on 5 January 2027: 7 days, under the trigger from then.
        assertEquals(d("2027-01-05"), r.underTriggerAgainOn());
        assertEquals(7, on("2027-01-05", FULL_TIME, january, june).all().daysLost());
        assertTrue(on("2027-01-04", FULL_TIME, january, june).all().reached(), "the day before, still 8 days");
        assertEquals(3, on("2027-01-09", FULL_TIME, january, june).all().daysLost());
    }

    @Test
    void anAbsenceOn29FebruaryIsStillInTheWindowOn28FebruaryAYearOn() {
        assertEquals(d("2029-03-01"), POLICY.dropsOutOn(d("2028-02-29")));
    }

    // "During an improvement period the trigger is 25% of normal": 2 days for a full-time member.
    @Test
    void inAnImprovementPeriodTwoFurtherDaysReachTheTrigger() {
        WorkingPattern warned = FULL_TIME.withWarningOn(d("2026-06-01"));
        Absence earlier = off("2026-03-02", "2026-03-11"); // the 8 days that led to the warning
        Absence further = off("2026-09-01", "2026-09-02");

        Result r = on("2026-09-30", warned, earlier, further);

        assertTrue(r.inImprovementPeriod());
        assertEquals(d("2026-12-01"), r.improvementEnds());
        assertEquals(2, r.triggerDays());
        assertEquals(1, r.triggerSpells());
        assertEquals(2, r.all().daysLost(), "only absence after the warning counts");
        assertTrue(r.all().reached());
        assertEquals(further, r.all().tippedBy());
    }

    @Test
    void afterTheImprovementPeriodTheNormalTriggerIsBack() {
        WorkingPattern warned = FULL_TIME.withWarningOn(d("2026-01-05"));

        Result r = on("2026-11-23", warned, off("2026-09-01", "2026-09-02"));

        assertFalse(r.inImprovementPeriod());
        assertEquals(8, r.triggerDays());
        assertFalse(r.all().reached());
    }

    @Test
    void aHalfDayInAnImprovementPeriodCountsAsASpell() {
        // 25% of 4 spells is 1: any absence that costs something is a spell that reaches it.
        Result r = on("2026-09-30", FULL_TIME.withWarningOn(d("2026-06-01")), offFor("2026-09-01", 2));

        assertEquals(0.5, r.all().daysLost());
        assertTrue(r.all().reached());
        assertEquals(AttendanceTriggers.ReachedBy.SPELLS, r.all().reachedBy());
    }

    // "Pregnancy-related absence must not count (Equality Act 2010 s18)."
    @Test
    void pregnancyRelatedAbsenceNeverCounts() {
        Absence pregnancy = Absence.of(MEMBER, d("2026-05-04"), d("2026-05-29"), null, AbsenceReason.OTHER, false,
                true, false, true);
        Absence byReason = Absence.of(MEMBER, d("2026-07-06"), d("2026-07-10"), null, AbsenceReason.PREGNANCY_RELATED,
                false, false, false, true);

        Result r = on("2026-11-23", FULL_TIME, pregnancy, byReason, off("2026-09-07", "2026-09-07"));

        assertEquals(1, r.all().daysLost());
        assertEquals(1, r.all().spells());
        assertFalse(r.all().reached());
    }

    // "Discounting disability-related absence is a common reasonable adjustment: show figures both ways."
    @Test
    void disabilityRelatedAbsenceCountsAsWrittenAndIsShownWithout() {
        Absence flare = disabilityRelated("2026-04-13", "2026-04-17");

        Result r = on("2026-11-23", FULL_TIME, off("2026-02-02", "2026-02-04"), flare);

        assertEquals(8, r.all().daysLost());
        assertTrue(r.all().reached());
        assertEquals(flare, r.all().tippedBy());
        assertEquals(3, r.withoutDisabilityRelated().daysLost());
        assertEquals(1, r.withoutDisabilityRelated().spells());
        assertFalse(r.withoutDisabilityRelated().reached());
    }

    // "Staff working under 20 hours a week have a 4-day trigger; other part-time staff a pro-rata one."
    @ParameterizedTest(name = "{0} hours a week: trigger {1} days")
    @CsvSource({"37, 8", "40, 8", "30, 6.5", "22.5, 5", "20, 4.5", "19.9, 4", "15, 4", "7.5, 4"})
    void partTimeTriggersAreProRataByHoursAndFourDaysUnderTwentyHours(double hours, double days) {
        assertEquals(days, AttendanceSettings.DEFAULTS.triggerDaysFor(hours));
    }

    @Test
    void aMemberOnEighteenHoursReachesTheTriggerAfterFourDays() {
        WorkingPattern threeDays = new WorkingPattern(MEMBER, EnumSet.of(MONDAY, TUESDAY, THURSDAY), 18, null);

        Result r = on("2026-11-23", threeDays, off("2026-03-02", "2026-03-09")); // Mon 2, Tue 3, Thu 5, Mon 9

        assertEquals(4, r.triggerDays());
        assertEquals(4, r.all().daysLost());
        assertTrue(r.all().reached());
    }

    @Test
    void napoWordingMoreThanEightDaysIsASetting() {
        AttendanceSettings moreThan = new AttendanceSettings(8, 4, 12, true, 37, 20, 4, 1, 6, 25);
        List<Absence> eight = List.of(off("2026-02-02", "2026-02-06"), off("2026-06-08", "2026-06-10"));

        assertTrue(POLICY.on(d("2026-11-23"), FULL_TIME, eight).all().reached());
        assertFalse(AttendanceTriggers.englandAndWales(moreThan).on(d("2026-11-23"), FULL_TIME, eight).all().reached());
    }

    @Test
    void whatIfSheIsOffTwoMoreDaysFromMonday() {
        List<Absence> six = List.of(off("2026-02-02", "2026-02-06"), off("2026-06-08", "2026-06-08"));
        assertFalse(POLICY.on(d("2026-11-23"), FULL_TIME, six).all().reached());

        LocalDate last = POLICY.lastDayOf(FULL_TIME, d("2026-11-27"), 2); // Friday and the Monday after
        Absence twoMore = off("2026-11-27", last.toString());
        Result r = POLICY.whatIf(d("2026-11-23"), FULL_TIME, six, twoMore);

        assertEquals(d("2026-11-30"), last);
        assertEquals(d("2026-11-30"), r.on());
        assertEquals(8, r.all().daysLost());
        assertTrue(r.all().reached());
        assertEquals(twoMore, r.all().tippedBy());
    }

    @Test
    void theWindowHoldsTheMembersWorkingDaysLessBankHolidays() {
        Result r = on("2026-12-31", FULL_TIME);

        // 2026 has 261 weekdays and 8 bank holidays on weekdays.
        assertEquals(253, r.workingDaysInWindow());
    }

    private static Result on(String date, WorkingPattern pattern, Absence... absences) {
        return POLICY.on(d(date), pattern, new ArrayList<>(List.of(absences)));
    }

}
