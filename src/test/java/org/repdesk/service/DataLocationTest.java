package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a rep's data lives by default on each system, and that opening it there works from nothing. */
class DataLocationTest {

    private static final String HOME = "/home/sian";

    @Test
    void onLinuxDataGoesInTheXdgDataFolder() {
        assertEquals(Path.of("/data/sian", "RepDesk"),
                DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/data/sian"), HOME));
    }

    @Test
    void onLinuxWithoutXdgDataHomeDataGoesInLocalShare() {
        assertEquals(Path.of(HOME, ".local", "share", "RepDesk"), DataLocation.defaultFolder("Linux", Map.of(), HOME));
        assertEquals(Path.of(HOME, ".local", "share", "RepDesk"),
                DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", " "), HOME));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of(HOME, ".local", "share", "RepDesk"),
                DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "data"), HOME));
    }

    @Test
    void onWindowsDataGoesInAppData() {
        Path appData = Path.of("C:\\Users\\Sian\\AppData\\Roaming");
        assertEquals(appData.resolve("RepDesk"),
                DataLocation.defaultFolder("Windows 11", Map.of("APPDATA", appData.toString()), HOME));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "RepDesk"),
                DataLocation.defaultFolder("Windows 10", Map.of(), HOME));
    }

    @Test
    void onMacDataGoesInApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "RepDesk"),
                DataLocation.defaultFolder("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME));
    }

    @Test
    void filesRepDeskCanMakeAgainGoInTheCacheFolderNeverBesideTheData() {
        assertEquals(Path.of("/cache/sian", "RepDesk"),
                DataLocation.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/cache/sian"), HOME));
        assertEquals(Path.of(HOME, ".cache", "RepDesk"),
                DataLocation.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "relative"), HOME));
        assertEquals(Path.of("C:\\Users\\Sian\\AppData\\Local", "RepDesk", "Cache"),
                DataLocation.cacheFolder("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\Sian\\AppData\\Local"), HOME));
        assertEquals(Path.of(HOME, "Library", "Caches", "RepDesk"), DataLocation.cacheFolder("Mac OS X", Map.of(), HOME));
    }

    @Test
    void theFirstRunCreatesTheFolderAndTheFile(@TempDir Path dir) {
        Path file = DataLocation.defaultFolder("Linux", Map.of("XDG_DATA_HOME", dir.toString()), HOME)
                .resolve(DataLocation.FILE_NAME);
        try (RepDesk desk = RepDesk.open(file)) {
            assertEquals(file.toAbsolutePath(), desk.dataFile());
            assertEquals(0, desk.members().all().size());
        }
        assertTrue(Files.isRegularFile(dir.resolve("RepDesk").resolve("repdesk.db")));
    }
}
