package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rep's preferences on this computer: kept in their own small file, never lost to a bad line. */
class DeskPreferencesTest {

    @TempDir
    Path dir;

    @Test
    void aRepsChoicesAreThereTheNextTimeRepDeskStarts() {
        Path file = dir.resolve("RepDesk").resolve("preferences.properties");
        DeskPreferences first = new DeskPreferences(file);
        first.setLanguage(DeskPreferences.Language.WELSH);
        first.setTheme(DeskPreferences.Theme.DARK);
        first.setTextSize(18);
        first.setWindowPlace(new DeskPreferences.WindowPlace(40, 30, 1100, 720, true));
        first.setSplitPosition("cases", 0.37);

        DeskPreferences next = new DeskPreferences(file);
        assertEquals(DeskPreferences.Language.WELSH, next.language());
        assertEquals(DeskPreferences.Theme.DARK, next.theme());
        assertEquals(18, next.textSize());
        assertEquals(Optional.of(new DeskPreferences.WindowPlace(40, 30, 1100, 720, true)), next.windowPlace());
        assertEquals(Optional.of(0.37), next.splitPosition("cases"));
        assertEquals(Optional.empty(), next.splitPosition("members"));
    }

    @Test
    void aFileEditedByHandOrByALaterVersionFallsBackToTheDefaultsLineByLine() throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "language=KLINGON\ntheme=DARK\ntext.size=huge\nwindow.width=-5\nsplit.cases=7\n");
        DeskPreferences p = new DeskPreferences(file);
        assertEquals(DeskPreferences.Language.SYSTEM, p.language());
        assertEquals(DeskPreferences.Theme.DARK, p.theme());
        assertEquals(DeskPreferences.DEFAULT_TEXT_SIZE, p.textSize());
        assertEquals(Optional.empty(), p.windowPlace());
        assertEquals(Optional.empty(), p.splitPosition("cases"));
    }

    @Test
    void theTextSizeStaysReadable() {
        DeskPreferences p = DeskPreferences.forThisSession();
        p.setTextSize(3);
        assertEquals(DeskPreferences.SMALLEST_TEXT_SIZE, p.textSize());
        p.setTextSize(90);
        assertEquals(DeskPreferences.LARGEST_TEXT_SIZE, p.textSize());
    }

    @Test
    void preferencesForThisSessionWriteNothing() throws Exception {
        DeskPreferences p = DeskPreferences.forThisSession();
        p.setTheme(DeskPreferences.Theme.LIGHT);
        assertEquals(DeskPreferences.Theme.LIGHT, p.theme());
        try (var files = Files.list(dir)) {
            assertFalse(files.findAny().isPresent());
        }
    }

    @Test
    void theFileIsReadableByTheRepOnly() throws Exception {
        Path file = dir.resolve("preferences.properties");
        new DeskPreferences(file).setTextSize(16);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
        assertTrue(Files.readString(file).contains("text.size=16"));
    }
}
