package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** File ▸ Import and Export without a window: the file chosen, the work done, the outcome told. */
class DataTransferViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private boolean plainTextAllowed = true;
    private int membersRead;
    private DataTransferViewModel transfer;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("desk.db"));
        desk.members().save(aMember().named("Siân Jones").build());
        transfer = new DataTransferViewModel(() -> desk, atOnce, dialogs, what -> plainTextAllowed, () -> membersRead++);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void exportedMembersAreWrittenAndTheRepIsToldWhere() throws Exception {
        Path out = dir.resolve("members.csv");
        dialogs.choosing(out);
        transfer.export("members", Exporter.Format.CSV);
        assertTrue(Files.readString(out).contains("Siân Jones"));
        assertEquals("inform", dialogs.last().kind());
        assertEquals("1 member written to " + out + ".", dialogs.last().lines().get(0));
    }

    @Test
    void noFileIsAskedForWhenPlainTextIsNotAllowed() {
        plainTextAllowed = false;
        transfer.export("members", Exporter.Format.CSV);
        assertTrue(dialogs.said().isEmpty(), dialogs.said().toString());
    }

    @Test
    void aFileWithProblemsImportsNothingAndSaysWhy() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,membership number\n,\n");
        dialogs.choosing(bad);
        transfer.importMembers();
        assertEquals("warn", dialogs.last().kind());
        assertTrue(dialogs.last().header().startsWith("Nothing was imported: bad.csv has"), dialogs.last().header());
        assertEquals(1, desk.members().all().size());
        assertEquals(0, membersRead);
        assertEquals(List.of(), atOnce.failures);
    }

    @Test
    void aMalformedCsvImportsNothingAndListsWhatIsWrong() throws Exception {
        Path bad = dir.resolve("branch list.csv");
        Files.writeString(bad, "membership_number,name,union,grade\nN-100,\"Rhys Evans,Napo,PO\nN-101,Ceri Hughes,Napo,PSO\n");
        dialogs.choosing(bad);
        transfer.importMembers();
        assertEquals(1, desk.members().all().size(), "nothing added");
        assertEquals(0, membersRead);
        assertFalse(transfer.workingProperty().get());
        assertEquals(List.of(), atOnce.failures);
        ScriptedDialogs.Said said = dialogs.last();
        assertEquals("warn", said.kind());
        assertTrue(said.header().startsWith("Nothing was imported: branch list.csv has"), said.header());
        assertEquals(said.header(), transfer.outcomeProperty().get());
        assertEquals(List.of("Line 2: A quoted value starting here is never closed (a \" is missing), so the rest of the "
                + "file cannot be read."), said.lines());
    }

    @Test
    void aDamagedFileIsRefusedInWordsAndNothingIsImported() throws Exception {
        Path damaged = dir.resolve("members.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(20).nextBytes(bytes);
        bytes[0] = (byte) 0xFF; // not UTF-8 from the first byte
        Files.write(damaged, bytes);
        dialogs.choosing(damaged);
        transfer.importMembers();
        assertEquals(1, desk.members().all().size());
        assertEquals(0, membersRead);
        assertFalse(transfer.workingProperty().get(), "the next import may be asked for");
        ScriptedDialogs.Said said = dialogs.last();
        assertEquals("warn", said.kind());
        assertEquals("Nothing was imported: members.csv has 1 problem. Correct the file and import it again.",
                said.header());
        assertEquals(List.of("Line 1: The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again."),
                said.lines());
    }

    @Test
    void aGoodCsvImportsEveryMemberAndTheListsAreReadAgain() throws Exception {
        Path good = dir.resolve("new.csv");
        Files.writeString(good, "membership_number,name,union,grade\nN-100,Rhys Evans,Napo,PO\nN-101,Łukasz Nowak,GMB/SCOOP,PSO\n");
        dialogs.choosing(good);
        transfer.importMembers();
        assertEquals(3, desk.members().all().size());
        assertEquals(1, membersRead);
        assertEquals("Members imported", transfer.outcomeProperty().get());
        assertEquals("2 members were imported from new.csv.", dialogs.last().lines().get(0));
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoAndEndsTheWork() {
        Path nowhere = dir.resolve("no such folder").resolve("members.csv");
        dialogs.choosing(nowhere);
        transfer.export("members", Exporter.Format.CSV);
        assertEquals("failed", dialogs.last().kind());
        assertEquals("The export was not written", dialogs.last().header());
        assertEquals("The export was not written", transfer.outcomeProperty().get());
        assertFalse(transfer.workingProperty().get());
    }

    @Test
    void whileAFileIsBeingReadAnotherImportIsNotStarted() throws Exception {
        Path good = dir.resolve("new.csv");
        Files.writeString(good, "membership_number,name,union,grade\nN-100,Rhys Evans,Napo,PO\n");
        dialogs.choosing(good);
        atOnce.holdNext();
        transfer.importMembers();
        assertTrue(transfer.workingProperty().get());
        transfer.importMembers(); // no second chooser: ScriptedDialogs would fail the test if asked
        transfer.export("members", Exporter.Format.JSON);
        atOnce.release();
        assertFalse(transfer.workingProperty().get());
        assertEquals(2, desk.members().all().size());
    }

    @Test
    void inWelshTheRepIsToldInWelsh() throws Exception {
        Messages.setLanguage(Messages.WELSH);
        Path out = dir.resolve("aelodau.csv");
        dialogs.choosing(out);
        transfer.export("members", Exporter.Format.CSV);
        assertEquals("1 aelod wedi'i ysgrifennu i " + out + ".", dialogs.last().lines().get(0));

        Path bad = dir.resolve("drwg.csv");
        Files.writeString(bad, "name,membership number\n,\n");
        dialogs.choosing(bad);
        transfer.importMembers();
        assertTrue(dialogs.last().header().startsWith("Ni fewnforiwyd dim: mae "), dialogs.last().header());
    }
}
