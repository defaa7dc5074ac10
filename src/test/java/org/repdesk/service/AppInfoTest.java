package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppInfoTest {

    @Test
    void versionIsThePomsVersionStampedAtBuildTime() {
        String v = AppInfo.version();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+.*"), v);
    }

    @Test
    void anUnfilteredVersionFileReadsAsADevelopmentBuild() {
        var unfiltered = new ByteArrayInputStream("version=${project.version}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(AppInfo.unknownVersion(), AppInfo.versionFrom(unfiltered));
        assertEquals(AppInfo.unknownVersion(), AppInfo.versionFrom(null));
    }

    @Test
    void everyShippedLibraryNamesItsLicenceAndWhereToReadIt() {
        assertFalse(AppInfo.thirdParty().isEmpty());
        for (AppInfo.ThirdParty p : AppInfo.thirdParty()) {
            assertFalse(p.licence().isBlank(), p.name());
            assertTrue(p.url().startsWith("https://"), p.name());
        }
        assertTrue(AppInfo.thirdParty().stream().anyMatch(p -> p.name().startsWith("SQLite ")
                || p.name().equals("SQLite")));
    }

    /** groupId:artifactId of every runtime dependency Maven resolved (written by the dependency plugin). */
    private static List<String[]> resolvedRuntimeDependencies() throws Exception {
        Path list = Path.of("target", "runtime-dependencies.txt");
        assertTrue(Files.exists(list), "run through Maven: " + list + " is written by dependency:list");
        Pattern line = Pattern.compile("^\\s+([\\w.-]+):([\\w.-]+):.*$");
        List<String[]> found = new ArrayList<>();
        for (String l : Files.readAllLines(list)) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                found.add(new String[] {m.group(1), m.group(2)});
            }
        }
        assertTrue(found.size() > 20, "read " + found.size() + " dependencies from " + list);
        return found;
    }

    @Test
    void aboutNamesTheLicenceOfEveryLibraryShipped() throws Exception {
        for (String[] d : resolvedRuntimeDependencies()) {
            assertTrue(AppInfo.thirdParty().stream().anyMatch(p -> p.covers(d[0], d[1])),
                    d[0] + ":" + d[1] + " is shipped but About does not name its licence");
        }
    }

    @Test
    void aboutNamesNoLibraryThatIsNoLongerShipped() throws Exception {
        List<String[]> shipped = resolvedRuntimeDependencies();
        for (AppInfo.ThirdParty p : AppInfo.thirdParty()) {
            if (!p.artifacts().isEmpty()) {
                assertTrue(shipped.stream().anyMatch(d -> p.covers(d[0], d[1])), p.name() + " is no longer shipped");
            }
        }
    }

    @Test
    void theSqliteDriverNamedIsTheOneShipped() throws Exception {
        String driver = resolvedRuntimeDependencies().stream().filter(d -> d[1].equals("sqlite-jdbc"))
                .map(d -> d[0]).findFirst().orElseThrow();
        assertTrue(AppInfo.thirdParty().stream().anyMatch(p -> p.covers(driver, "sqlite-jdbc") && p.name().contains(driver)));
    }

    @Test
    void theDebianCopyrightFileListsWhatAboutLists() throws Exception {
        String copyright = Files.readString(Path.of("packaging", "linux", "copyright"));
        for (AppInfo.ThirdParty p : AppInfo.thirdParty()) {
            String shortName = p.name().replaceAll(" \\(.*", "");
            assertTrue(copyright.contains(shortName), shortName + " missing from packaging/linux/copyright");
        }
    }
}
