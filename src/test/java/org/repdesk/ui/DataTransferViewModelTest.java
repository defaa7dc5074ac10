package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
class DataTransferTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private boolean plainTextAllowed = true;
    private int membersRead;
    private DataTransfer transfer;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("desk.db"));
        desk.members().save(aMember().named("Siân Jones").build());
        transfer = new DataTransfer(() -> desk, atOnce, dialogs, what -> plainTextAllowed, () -> membersRead++);
    }

    @AfterEach
    void close() {
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
}
