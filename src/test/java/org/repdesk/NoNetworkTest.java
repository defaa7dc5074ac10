package org.repdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.ChildJvm;
import org.repdesk.testing.OfflineRun;

/**
 * RepDesk makes no network connection at all. Two proofs: no class of RepDesk's own code uses a
 * networking API, and the commands a rep runs (demo, import, demands, briefs, reports, export,
 * check, backup) run to the end in a JVM that refuses and records every network attempt, including
 * those the libraries (PDF, fonts, charts, bank holidays) might make. Where the machine allows it
 * the child also runs in a network namespace of its own, with no interface up at all. The one
 * request the guard sees is the JDK's font system looking up this machine's own name to name its
 * font cache file (no connection; refused like the rest, and the commands still succeed).
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    void noRepDeskClassUsesANetworkingApi() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.repdesk");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.Socket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.ServerSocket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.DatagramSocket.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.URLConnection.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.HttpURLConnection.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.net.InetAddress.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(java.nio.channels.SocketChannel.class.getName())
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .because("RepDesk holds members' health and union data and makes no network connection at all")
                .check(classes);
    }

    @Test
    void theGuardItselfCatchesAConnection() throws Exception {
        List<String> lines = offline("--control");
        assertTrue(lines.contains("control refused"), lines.toString());
        assertTrue(lines.contains("attempts 1"), lines.toString());
    }

    @Test
    void everyCommandRunsToTheEndWithTheNetworkRefusedAndAttemptsNone() throws Exception {
        List<String> lines = offline();
        List<String> exits = lines.stream().filter(l -> l.startsWith("exit ")).toList();
        assertEquals(9, exits.size(), lines.toString());
        exits.forEach(l -> assertTrue(l.startsWith("exit 0 "), l));
        assertTrue(lines.contains("attempts 0"), lines.toString());
        assertTrue(Files.size(dir.resolve("brief.pdf")) > 1000);
        assertTrue(Files.size(dir.resolve("caseload.pdf")) > 1000);
    }

    /** Root on Linux can give a process a network namespace of its own, with no interface up. */
    static boolean canRunWithoutANetwork() {
        try {
            Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private List<String> offline(String... extra) throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.command(OfflineRun.class, dir.toString()));
        command.addAll(List.of(extra));
        command.add(command.size() - 2 - extra.length, "-Djava.security.manager=allow");
        command.add(command.size() - 2 - extra.length, "-Djava.awt.headless=true");
        if (canRunWithoutANetwork()) {
            command.addAll(0, List.of("unshare", "-n")); // and no network at all: not even loopback is up
        }
        List<String> lines = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(command)) {
            for (String line; (line = child.nextLine(120)) != null; ) {
                lines.add(line);
            }
            assertNotNull(lines);
        }
        return lines;
    }
}
