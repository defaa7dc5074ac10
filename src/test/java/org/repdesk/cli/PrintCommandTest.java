package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.service.AppInfo;
import org.repdesk.service.Printers;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.PostScriptPrinter;
import org.repdesk.testing.TestDesk;

/** print and printers: summaries to a print queue (here a PostScript stream), with the usual exit codes. */
class PrintCommandTest {

    @TempDir
    Path dir;
    private Path db;
    private String reference;
    private final PostScriptPrinter printer = new PostScriptPrinter();
    private String out;
    private String err;

    @BeforeEach
    void aCaseWithAHearingSoon() {
        Messages.setLanguage(Messages.ENGLISH);
        try (RepDesk desk = TestDesk.open(dir)) {
            Member siân = desk.members().save(aMember().named("Siân Lloyd").number("N-1").build());
            CaseFile c = desk.cases().open(aCase(siân).openedOn(LocalDate.of(2026, 6, 1)).build());
            // The command line's "today" is the real one.
            desk.cases().addDeadline(Deadline.of(c.id(), LocalDate.now().plusDays(3), "Formal stage 1 hearing", true));
            reference = c.reference();
        }
        db = dir.resolve("repdesk.db");
    }

    private int run(Printers printers, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
                StandardCharsets.UTF_8), name -> null, Map.of("print", new PrintCommand(() -> printers),
                "printers", new PrintersCommand(() -> printers)));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aCaseSummaryIsSentToTheOnlyPrinterEvenWhenItIsNotTheDefault() {
        assertEquals(0, run(printer.only(false), "print", reference), err);

        assertEquals("Sent \"Case " + reference + " summary\" to " + printer.name() + ": 1 page, 1 copy.",
                out.strip());
        assertEquals(1, printer.pages());
        assertFalse(printer.printed().contains("colorimage"), "pages as pictures");
    }

    @Test
    void theSummariesForTheComingHearingsGoInOneJob() {
        assertEquals(0, run(printer.only(true), "print", "--hearings", "--days", "7", "--copies", "2"), err);

        assertTrue(out.startsWith("Sent \"Case summaries: hearings in the next 7 days\""), out);
        assertTrue(out.contains("2 copies"), out);
    }

    @Test
    void noHearingsIsSaidAndNothingIsPrinted() {
        assertEquals(0, run(printer.only(true), "print", "--hearings", "--days", "1"), err);

        assertEquals("No hearings in the next 1 day: nothing to print.", out.strip());
        assertEquals(0, printer.pages());
    }

    @Test
    void anUnknownPrinterFailsWithOneLineBeforeTheDataFileIsOpened() throws Exception {
        db = dir.resolve("never-made.db");

        assertEquals(1, run(printer.only(true), "print", reference, "--printer", "Office Laser"));

        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("There is no printer called \"Office Laser\". Printers here: " + printer.name()), err);
        assertFalse(Files.exists(db));
    }

    @Test
    void anUnknownPrinterOnThisComputerFailsToo() {
        db = dir.resolve("never-made.db");
        ByteArrayOutputStream e = new ByteArrayOutputStream();

        int code = Cli.run(new String[] {"--db", db.toString(), "print", reference, "--printer", "No Such Queue 22"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertEquals(1, e.toString(StandardCharsets.UTF_8).lines().count());
        assertFalse(Files.exists(db));
    }

    @Test
    void anUnknownCaseFailsWithOneLineAndPrintsNothing() {
        assertEquals(1, run(printer.only(true), "print", "2020-9999"));

        assertEquals("repdesk: There is no case 2020-9999.", err.strip());
        assertEquals(0, printer.pages());
    }

    @Test
    void aJobThatCannotLeaveTheComputerFailsSayingWhatToInstall() {
        assertEquals(1, run(printer.unreachable(Messages.text("print.noLpr")), "print", reference));

        assertTrue(err.contains("Install the packages cups and cups-bsd"), err);
    }

    @Test
    void withNoPrinterTheRepIsToldSo() {
        assertEquals(1, run(PostScriptPrinter.none(), "print", reference));

        assertTrue(err.contains("No printer is set up on this computer"), err);
    }

    @Test
    void badCopiesOrDaysWithoutHearingsAreBadUsage() {
        assertEquals(2, run(printer.only(true), "print", reference, "--copies", "0"));
        assertEquals(2, run(printer.only(true), "print", reference, "--days", "3"));
        assertEquals(2, run(printer.only(true), "print"));
        assertEquals(0, printer.pages());
    }

    @Test
    void printersListsTheQueuesWithTheDefaultMarked() {
        assertEquals(0, run(printer.only(true), "printers"));

        assertEquals(printer.name() + " (default)", out.strip());
    }

    @Test
    void versionIsTheOneAboutShows() {
        assertTrue(Cli.hasCommand(new String[] {"--version"}));
        assertEquals(0, run(printer.only(true), "--version"));
        assertEquals("RepDesk " + AppInfo.version(), out.strip());
    }
}
