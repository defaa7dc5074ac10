package org.repdesk.ui.papers;

import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Hands a file to the system's own application for it (a PDF reader, Word, an image viewer). The
 * app gives its HostServices once at start; without them (tests, headless) nothing is opened.
 */
public final class SystemApplication {

    private static volatile HostServices host;

    private SystemApplication() {
    }

    /** Called once by the app at start. */
    public static void use(HostServices services) {
        host = services;
    }

    /** Opens the file; false when there is no desktop to open it on. */
    static boolean open(Path file) {
        HostServices h = host;
        if (h == null) {
            return false;
        }
        h.showDocument(file.toUri().toString());
        return true;
    }
}
