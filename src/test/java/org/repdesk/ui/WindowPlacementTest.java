package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows come up wholly on the screen; file choosers start in the rep's Documents folder. */
class WindowPlacementTest {

    private static final Rectangle2D SMALL_LAPTOP = new Rectangle2D(0, 0, 1024, 700);

    @Test
    void aDialogHangingOffTheRightAndBottomIsMovedOn() {
        // The Backups dialog, centred on a window near the screen's corner.
        assertEquals(new Rectangle2D(324, 180, 700, 520),
                WindowPlacement.fit(new Rectangle2D(600, 400, 700, 520), SMALL_LAPTOP));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt() {
        assertEquals(new Rectangle2D(0, 0, 1024, 700),
                WindowPlacement.fit(new Rectangle2D(-50, -20, 1280, 780), SMALL_LAPTOP));
    }

    @Test
    void aWindowRememberedOnAScreenSinceUnpluggedComesBack() {
        assertEquals(new Rectangle2D(24, 0, 1000, 650),
                WindowPlacement.fit(new Rectangle2D(2500, -300, 1000, 650), SMALL_LAPTOP));
    }

    @Test
    void aWindowAlreadyOnScreenStaysWhereItIs() {
        Rectangle2D inside = new Rectangle2D(100, 50, 600, 400);
        assertEquals(inside, WindowPlacement.fit(inside, SMALL_LAPTOP));
    }

    @Test
    void choosersStartInDocumentsThenHome(@TempDir Path home) throws Exception {
        assertEquals(home, FxDialogs.documentsFolder(home));
        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), FxDialogs.documentsFolder(home));
    }

    @Test
    void aWelshDesktopsDocumentsFolderIsFoundByItsOwnName(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("Dogfennau"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bwrdd Gwaith\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dogfennau\"\n");
        assertEquals(home.resolve("Dogfennau"), FxDialogs.documentsFolder(home));
    }

    @Test
    void aDarkGtkThemeMeansDark() {
        assertEquals(true, SystemLook.prefersDark(java.util.Map.of("GTK_THEME", "Adwaita:dark")));
        assertEquals(true, SystemLook.prefersDark(java.util.Map.of("GTK_THEME", "Yaru-dark")));
        assertEquals(false, SystemLook.prefersDark(java.util.Map.of("GTK_THEME", "Adwaita")));
        assertEquals(false, SystemLook.prefersDark(java.util.Map.of()));
    }

    @Test
    void eachDesktopsOwnAnswerIsRead() {
        // gsettings on GNOME 42+, then the GTK theme's name on older desktops.
        assertEquals(true, SystemLook.saysDark("linux", "'prefer-dark'\n"));
        assertEquals(false, SystemLook.saysDark("linux", "'default'\n"));
        assertEquals(false, SystemLook.saysDark("linux", "'prefer-light'\n"));
        assertEquals(true, SystemLook.saysDark("linux", "'Adwaita-dark'\n"));
        assertEquals(false, SystemLook.saysDark("linux", ""));
        // reg query on Windows: 0 means apps use the dark theme.
        String reg = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x%s\r\n\r\n";
        assertEquals(true, SystemLook.saysDark("windows 11", reg.formatted("0")));
        assertEquals(false, SystemLook.saysDark("windows 11", reg.formatted("1")));
        // defaults on macOS prints "Dark", or fails (nothing) when light.
        assertEquals(true, SystemLook.saysDark("mac os x", "Dark\n"));
        assertEquals(false, SystemLook.saysDark("mac os x", ""));
    }
}
