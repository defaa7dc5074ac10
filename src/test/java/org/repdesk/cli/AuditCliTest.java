package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;

/** The audit trail and subject access from the command line. */
class AuditCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run repdesk(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(run.err().contains("\tat "), "never a stack trace: " + run.err());
        return run;
    }

    private Path fileWithOneMember() {
        Path db = dir.resolve("repdesk.db");
        try (RepDesk desk = RepDesk.open(db)) {
            desk.settings().saveRepName("Dana Rep");
            desk.members().save(aMember().named("Siân Jones").number("N12345").build());
        }
        return db;
    }

    @Test
    void auditExportWritesTheTrailInTheFormatTheFileNameSays() throws Exception {
        Path db = fileWithOneMember();
        Run run = repdesk("--db", db.toString(), "audit", "export", "--out", dir.resolve("trail.json").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Exported 1 audit entry to "), run.out());
        String json = Files.readString(dir.resolve("trail.json"));
        assertTrue(json.contains("\"who\" : \"Dana Rep\"") && json.contains("N12345"), json);

        assertEquals(0, repdesk("--db", db.toString(), "audit", "export", "--out", dir.resolve("t.csv").toString())
                .exit());
        assertTrue(Files.readString(dir.resolve("t.csv")).contains("seq,at,who"));
    }

    @Test
    void auditExportRefusesAnUnknownFormatWithoutOpeningTheFile() {
        Run run = repdesk("--db", dir.resolve("none.db").toString(), "audit", "export", "--out",
                dir.resolve("trail.txt").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(".csv or .json"), run.err());
        assertFalse(Files.exists(dir.resolve("none.db")));
    }

    @Test
    void subjectAccessWritesADatedFolderWithJsonAndPdf() throws Exception {
        Path db = fileWithOneMember();
        Path out = Files.createDirectory(dir.resolve("requests"));
        Run run = repdesk("--db", db.toString(), "subject-access", "N12345", "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        List<Path> folders;
        try (var list = Files.list(out)) {
            folders = list.toList();
        }
        assertEquals(1, folders.size());
        assertTrue(folders.get(0).getFileName().toString().matches("subject-access-\\d{4}-\\d\\d-\\d\\d-N12345"),
                folders.get(0).toString());
        assertTrue(Files.exists(folders.get(0).resolve("subject-access-n12345.json")));
        assertTrue(Files.exists(folders.get(0).resolve("subject-access-n12345.pdf")));
    }

    @Test
    void subjectAccessForAnUnknownMemberSaysSo() {
        Path db = fileWithOneMember();
        Run run = repdesk("--db", db.toString(), "subject-access", "N0", "--out", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("No member has the membership number N0"), run.err());
    }
}
