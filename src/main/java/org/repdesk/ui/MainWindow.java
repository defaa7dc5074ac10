package org.repdesk.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.repdesk.service.RepDesk;

/** The main window: layout only; each tab is its own view. */
public final class MainWindow {

    private final Stage stage;

    public MainWindow(Stage stage, RepDesk desk, boolean firstRun) {
        this.stage = stage;
        stage.setTitle("RepDesk — " + desk.dataFile());
        stage.setScene(new Scene(new Label("RepDesk"), 1100, 720));
    }

    public void show() {
        stage.show();
    }
}
