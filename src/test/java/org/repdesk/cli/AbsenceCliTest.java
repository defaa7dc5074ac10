package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;

/** The absence command: a member's record and the attendance trigger, from the command line. */
class AbsenceCliTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void aDataFileWithSiân() {
        db = dir.resolve("repdesk.db");
        try (RepDesk desk = RepDesk.open(db)) {
            desk.members().save(aMember().named("Siân Jones").number("N8001").hours(37.0).build());
        }
    }

    private CliRun repdesk(Object... args) {
        Object[] withDb = new Object[args.length + 2];
        System.arraycopy(args, 0, withDb, 0, args.length);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db;
        return CliRun.of(name -> null, withDb);
    }

    private JsonNode triggersJson(Object... extra) throws Exception {
        Object[] args = new Object[4 + extra.length];
        args[0] = "absence";
        args[1] = "triggers";
        args[2] = "N8001";
        args[3] = "--format=json";
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun run = repdesk(args);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void eightDaysInTwoSpellsReachTheTriggerAndTheJsonSaysWhichAbsenceTippedIt() throws Exception {
        assertEquals(0, repdesk("absence", "add", "N8001", "--from", "02/02/2026", "--to", "06/02/2026",
                "--reason", "infection", "--fit-note").exit());
        CliRun second = repdesk("absence", "add", "N8001", "--from", "2026-06-08", "--to", "2026-06-10",
                "--reason", "Work-related stress", "--work-related");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("3 working days lost"), second.out());

        JsonNode j = triggersJson("--on", "2026-11-23");

        assertEquals(8.0, j.get("working_days_lost").asDouble());
        assertEquals(2, j.get("spells").asInt());
        assertEquals(8.0, j.get("trigger_days").asDouble());
        assertEquals(4, j.get("trigger_spells").asInt());
        assertFalse(j.get("in_improvement_period").asBoolean());
        assertTrue(j.get("reached").asBoolean());
        assertEquals("days", j.get("reached_by").asText());
        assertEquals("2026-06-08", j.get("tipped_by").asText());
        assertEquals("2026-06-10", j.get("tipped_on").asText());
        JsonNode without = j.get("without_disability_related");
        assertEquals(8.0, without.get("working_days_lost").asDouble());
        assertEquals(2, without.get("spells").asInt());
        assertTrue(without.get("reached").asBoolean());
        assertEquals("2027-02-02", j.get("under_trigger_again_on").asText());
    }

    @Test
    void whenNotReachedReachedByAndTippedByAreNull() throws Exception {
        repdesk("absence", "add", "N8001", "--from", "2026-03-04", "--hours", "2");

        JsonNode j = triggersJson("--on", "2026-11-23");

        assertEquals(0.5, j.get("working_days_lost").asDouble());
        assertFalse(j.get("reached").asBoolean());
        assertTrue(j.get("reached_by").isNull());
        assertTrue(j.get("tipped_by").isNull());
    }

    @Test
    void disabilityRelatedAbsenceIsCountedAsWrittenAndShownWithout() throws Exception {
        repdesk("absence", "add", "N8001", "--from", "2026-02-02", "--to", "2026-02-04");
        repdesk("absence", "add", "N8001", "--from", "2026-04-13", "--to", "2026-04-17", "--reason", "musculoskeletal",
                "--disability-related");
        repdesk("absence", "add", "N8001", "--from", "2026-05-04", "--to", "2026-05-29", "--pregnancy-related");

        JsonNode j = triggersJson("--on", "2026-11-23");

        assertEquals(8.0, j.get("working_days_lost").asDouble(), "pregnancy-related never counts");
        assertTrue(j.get("reached").asBoolean());
        assertEquals(3.0, j.get("without_disability_related").get("working_days_lost").asDouble());
        assertFalse(j.get("without_disability_related").get("reached").asBoolean());
    }

    @Test
    void aWarningStartsAnImprovementPeriodWithAQuarterOfTheTrigger() throws Exception {
        repdesk("absence", "add", "N8001", "--from", "2026-09-01", "--to", "2026-09-02");

        JsonNode j = triggersJson("--on", "2026-09-30", "--warning-on", "01/06/2026");

        assertTrue(j.get("in_improvement_period").asBoolean());
        assertEquals(2.0, j.get("trigger_days").asDouble());
        assertTrue(j.get("reached").asBoolean());
    }

    @Test
    void aPartTimePatternGivesAProRataTrigger() throws Exception {
        CliRun pattern = repdesk("absence", "pattern", "N8001", "--days", "Mon,Wed,Fri", "--hours-per-week", "22.5");
        assertEquals(0, pattern.exit(), pattern.err());
        repdesk("absence", "add", "N8001", "--from", "2026-03-02", "--to", "2026-03-06");

        JsonNode j = triggersJson("--on", "2026-11-23");

        assertEquals(5.0, j.get("trigger_days").asDouble(), "8 × 22.5 / 37 = 4.86, to the nearest half day");
        assertEquals(3.0, j.get("working_days_lost").asDouble(), "Tuesday and Thursday are not her days");
    }

    @Test
    void theTextAnswerGivesBothFiguresAndTheDropOutDates() {
        repdesk("absence", "add", "N8001", "--from", "2026-02-02", "--to", "2026-02-11");

        CliRun run = repdesk("absence", "triggers", "N8001", "--on", "2026-11-23");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("As the policy is written: 8 days, 1 spell: trigger reached by days"), run.out());
        assertTrue(run.out().contains("Without disability-related absence: 8 days"), run.out());
        assertTrue(run.out().contains("drops out on 2027-02-11"), run.out());
    }

    @Test
    void badInputFailsWithOneLineAndChangesNothing() {
        repdesk("absence", "add", "N8001", "--from", "2026-03-02", "--to", "2026-03-06");

        CliRun lastBeforeFirst = repdesk("absence", "add", "N8001", "--from", "2026-04-10", "--to", "2026-04-01");
        CliRun tooManyHours = repdesk("absence", "add", "N8001", "--from", "2026-04-10", "--hours", "8");
        CliRun unknownMember = repdesk("absence", "add", "N0000", "--from", "2026-04-10");
        CliRun unknownReason = repdesk("absence", "add", "N8001", "--from", "2026-04-10", "--reason", "hangover");
        CliRun overlapping = repdesk("absence", "add", "N8001", "--from", "2026-03-06", "--to", "2026-03-09");

        for (CliRun run : new CliRun[] {lastBeforeFirst, tooManyHours, unknownMember, unknownReason, overlapping}) {
            assertEquals(1, run.exit(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
        }
        assertTrue(lastBeforeFirst.err().contains("is before the first day"), lastBeforeFirst.err());
        assertTrue(tooManyHours.err().contains("working day of 7.4 hours"), tooManyHours.err());
        assertTrue(unknownMember.err().contains("N0000"), unknownMember.err());
        assertTrue(unknownReason.err().contains("Work-related stress"), unknownReason.err());
        assertTrue(overlapping.err().contains("2026-03-02"), overlapping.err());
        CliRun list = repdesk("absence", "list", "N8001", "--format", "json");
        assertEquals(1, list.out().split("\"first_day\"").length - 1, list.out());
    }

    @Test
    void badUsageIsExit2AndOpensNoFile() {
        Path none = dir.resolve("none.db");
        CliRun hoursOverDays = CliRun.of(n -> null, "absence", "add", "N8001", "--from", "2026-03-02", "--to",
                "2026-03-03", "--hours", "2", "--db", none);
        CliRun badDate = CliRun.of(n -> null, "absence", "add", "N8001", "--from", "31/02/2026", "--db", none);
        CliRun unknownSub = CliRun.of(n -> null, "absence", "remove", "N8001", "--db", none);
        CliRun wrongOption = CliRun.of(n -> null, "absence", "list", "N8001", "--on", "2026-01-01", "--db", none);
        CliRun badDay = CliRun.of(n -> null, "absence", "pattern", "N8001", "--days", "Mon,Funday", "--db", none);

        for (CliRun run : new CliRun[] {hoursOverDays, badDate, unknownSub, wrongOption, badDay}) {
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("usage:"), run.err());
        }
        CliRun noFile = CliRun.of(n -> null, "absence", "list", "N8001", "--db", none);
        assertEquals(1, noFile.exit());
        assertFalse(Files.exists(none));
    }

    @Test
    void importIsAllOrNothingAndNamesEveryBadLine() throws Exception {
        Path csv = dir.resolve("printout.csv");
        Files.writeString(csv, "membership_number,first_day,last_day,hours,reason\n"
                + "N8001,2026-01-12,2026-01-13,,Infection\n"
                + "N8001,2026-02-10,2026-02-09,,\n"
                + "N8001,2026-03-04,,9,\n", StandardCharsets.UTF_8);

        CliRun refused = repdesk("absence", "import", csv);

        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("Line 3:"), refused.err());
        assertTrue(refused.err().contains("Line 4:"), refused.err());
        assertTrue(repdesk("absence", "list", "N8001").out().contains("0 absences"));

        Files.writeString(csv, "membership_number,first_day,last_day,hours,reason\n"
                + "N8001,2026-01-12,2026-01-13,,Infection\n", StandardCharsets.UTF_8);
        CliRun done = repdesk("absence", "import", csv);
        assertEquals(0, done.exit(), done.err());
        assertTrue(done.out().contains("Imported 1 absence"), done.out());
    }

    @Test
    void theCsvListReadsBackInWithImport() throws Exception {
        repdesk("absence", "add", "N8001", "--from", "2026-01-12", "--to", "2026-01-13", "--fit-note");
        repdesk("absence", "add", "N8001", "--from", "2026-03-04", "--hours", "3", "--reason", "other mental health");
        Path csv = dir.resolve("out.csv");
        Files.writeString(csv, repdesk("absence", "list", "N8001", "--format", "csv").out());
        Path other = dir.resolve("other.db");
        try (RepDesk desk = RepDesk.open(other)) {
            desk.members().save(aMember().named("Siân Jones").number("N8001").build());
        }

        CliRun run = CliRun.of(n -> null, "absence", "import", csv, "--db", other);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Imported 2 absences"), run.out());
    }
}
