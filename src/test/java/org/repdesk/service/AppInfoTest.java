package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        assertEquals(AppInfo.UNKNOWN_VERSION, AppInfo.versionFrom(unfiltered));
        assertEquals(AppInfo.UNKNOWN_VERSION, AppInfo.versionFrom(null));
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
}
