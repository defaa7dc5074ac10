package org.repdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;

/** The line at the foot of the window: how many members and cases, where the data is, and whether the lists are being read. */
final class StatusLine {

    private final HBox line;

    StatusLine(DeskState state, StartUpOrder startUp) {
        RepDesk desk = state.desk();
        Label status = new Label();
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        String where = desk.isCasebook() ? Messages.text("casebook.status", desk.describe())
                : Messages.text("shell.status.file", String.valueOf(desk.dataFile()));
        if (desk.figuresOnly()) {
            status.setText(Messages.text("casebook.status.figuresOnly", where)); // no rows to count
        } else {
            status.textProperty().bind(Bindings.createStringBinding(
                    () -> state.caseCountProperty().get() < 0 ? Messages.text("shell.status.loading")
                            : Messages.text("shell.status.counts", state.memberCountProperty().get(),
                                    state.caseCountProperty().get(), where)
                                    + (state.loadingProperty().get() ? Messages.text("shell.status.reading") : ""),
                    state.memberCountProperty(), state.caseCountProperty(), state.loadingProperty()));
        }
        HBox.setHgrow(status, Priority.ALWAYS);
        line = new HBox(8, status);
        line.getStyleClass().add("status-line");
        line.setAlignment(Pos.CENTER_LEFT);
        addProgressBarFromTheNextReading(state, startUp);
    }

    /** The line, for the foot of the window. */
    HBox line() {
        return line;
    }

    /**
     * A moving bar while the lists are read again (F5, after an import), beside the status line's
     * words. Not for the first reading: the status line says it is under way, and the bar's first
     * styling took the FX thread 40-200 ms just as the first frame was out (issue 6).
     */
    private void addProgressBarFromTheNextReading(DeskState state, StartUpOrder startUp) {
        startUp.whenListsRead(() -> StartUpOrder.once(state.loadingProperty(), true, () -> {
            ProgressBar reading = new ProgressBar();
            reading.setId("status-loading");
            reading.setAccessibleText(Messages.text("shell.status.readingBar"));
            reading.visibleProperty().bind(state.loadingProperty());
            reading.managedProperty().bind(state.loadingProperty());
            line.getChildren().add(reading);
        }));
    }
}
