package org.repdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.repdesk.service.DataLocation;
import org.repdesk.service.Logs;
import org.repdesk.service.RepDesk;
import org.repdesk.store.StoreException;
import org.repdesk.ui.Alerts;
import org.repdesk.ui.MainWindow;

/** The JavaFX application: opens the data file, wires the services into the main window. */
public final class App extends Application {

    private static final Logger LOG = Logger.getLogger(App.class.getName());
    private RepDesk desk;

    static void launchWith(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path file = dataFile(getParameters().getRaw());
        boolean firstRun = !Files.exists(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "data folder", e); // Database.open reports the problem in words
        }
        Logs.toFolderOf(file);
        try {
            desk = RepDesk.open(file);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "cannot open data file", e);
            Alerts.cannotOpen(file, e);
            Platform.exit();
            return;
        }
        new MainWindow(stage, desk, firstRun).show();
    }

    @Override
    public void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    static Path dataFile(List<String> args) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--db")) {
                return Path.of(args.get(i + 1));
            }
        }
        return DataLocation.defaultDataFile();
    }
}
