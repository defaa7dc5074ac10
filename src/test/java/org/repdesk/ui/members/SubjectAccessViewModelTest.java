package org.repdesk.ui.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** A member's subject access response written where the rep chose, with no window. */
class SubjectAccessViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Member sian;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private boolean plainTextAllowed = true;
    private SubjectAccessViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("desk"));
        sian = desk.members().save(aMember().named("Siân Prydderch").build());
        desk.cases().open(aCase(sian).build());
        vm = new SubjectAccessViewModel(desk, atOnce, dialogs, what -> plainTextAllowed);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void theResponseIsWrittenInANewFolderWhereTheRepChoseAndTheyAreToldWhatItHolds() throws Exception {
        Path parent = Files.createDirectory(dir.resolve("out"));
        dialogs.choosing(parent);
        vm.respond(sian);
        assertEquals(List.of(), atOnce.failures);
        ScriptedDialogs.Said said = dialogs.last();
        assertEquals("inform", said.kind());
        assertEquals("Subject access response for Siân Prydderch written", said.header());
        try (Stream<Path> made = Files.list(parent)) {
            Path folder = made.findFirst().orElseThrow();
            assertEquals("Folder: " + folder, said.lines().get(0));
        }
        assertTrue(said.lines().get(2).startsWith("1 case, 0 workload records, "), said.lines().get(2));
    }

    @Test
    void nothingIsAskedWhenPlainTextIsRefusedAndNothingWrittenWhenTheRepCancels() throws Exception {
        plainTextAllowed = false;
        vm.respond(sian);
        assertEquals(List.of(), dialogs.said());
        plainTextAllowed = true;
        dialogs.choosing(null);
        vm.respond(sian);
        assertEquals(List.of("choose"), dialogs.said().stream().map(ScriptedDialogs.Said::kind).toList());
        vm.respond(null);
        assertEquals(1, dialogs.said().size(), "no member chosen: nothing asked");
    }

    @Test
    void inWelshTheChooserAsksInWelsh() {
        Messages.setLanguage(Messages.WELSH);
        dialogs.choosing(null);
        vm.respond(sian);
        assertEquals("Cais gwrthrych am wybodaeth ar gyfer Siân Prydderch: dewiswch ble i roi'r ymateb",
                dialogs.last().header());
    }
}
