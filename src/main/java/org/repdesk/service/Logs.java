package org.repdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Developer logs: a rotating file beside the data file (logs/repdesk0.log …). Log messages name
 * what failed, never member data or note text.
 */
public final class Logs {

    private Logs() {
    }

    public static void toFolderOf(Path dataFile) {
        Path folder = dataFile.toAbsolutePath().getParent().resolve("logs");
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("repdesk%g.log").toString(), 1_000_000, 5, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
        } catch (IOException | RuntimeException e) {
            // Logging is for developers; the app works without it.
            Logger.getLogger(Logs.class.getName()).log(Level.WARNING, "cannot write log files", e);
        }
    }
}
