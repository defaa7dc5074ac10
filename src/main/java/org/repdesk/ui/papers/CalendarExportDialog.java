package org.repdesk.ui.papers;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.DateField;
import org.repdesk.ui.DeskState;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.FormGrid;

/** File ▸ Calendar (.ics)…: hearings and deadlines for Outlook, Google Calendar or Thunderbird. */
public final class CalendarExportDialog {

    private CalendarExportDialog() {
    }

    public static void show(DeskState state) {
        CalendarExportViewModel vm = CalendarExportViewModel.of(state.desk());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("papers.menu.calendar"));
        dialog.setHeaderText(Messages.text("papers.calendar.header"));
        DateField from = new DateField(Messages.text("papers.calendar.from"), vm.fromProperty().get());
        from.setId("calendar-from");
        from.getEditor().textProperty().addListener((o, a, t) -> vm.fromProperty().set(from.date()));
        DateField to = new DateField(Messages.text("papers.calendar.to"), null);
        to.setId("calendar-to");
        to.getEditor().textProperty().addListener((o, a, t) -> vm.toProperty().set(to.date()));
        vm.typedProblemProperty().bind(Bindings.createStringBinding(() -> from.problemProperty().get().isEmpty()
                ? to.problemProperty().get() : from.problemProperty().get(), from.problemProperty(), to.problemProperty()));
        CheckBox names = new CheckBox(Messages.text("papers.calendar.with-names"));
        names.setId("calendar-names");
        names.selectedProperty().bindBidirectional(vm.withNamesProperty());
        Label note = new Label(Messages.text("papers.calendar.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("problems");
        problem.textProperty().bind(vm.problemProperty());
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("papers.calendar.from"), from);
        grid.add(Messages.text("papers.calendar.to"), to);
        grid.addWide(names);
        VBox box = new VBox(10, grid, note, problem);
        box.setPrefWidth(480);
        ButtonType export = new ButtonType(Messages.text("papers.calendar.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, org.repdesk.ui.Buttons.cancel());
        dialog.getDialogPane().setContent(box);
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.disableProperty().bind(vm.canExportProperty().not());
        if (dialog.showAndWait().filter(b -> b == export).isEmpty()
                || !state.plainTextAllowed(Messages.text("papers.cli.calendar-what"))) {
            return;
        }
        state.dialogs().chooseFileToSave(Messages.text("papers.calendar.save-title"), "repdesk-hearings-and-deadlines.ics",
                Dialogs.FileType.of("iCalendar (*.ics)", "*.ics")).ifPresent(out ->
                vm.write(state.desk().calendar(), out, Runner.of(state, state::owner),
                        n -> state.dialogs().inform(Messages.text("papers.cli.calendar-written",
                                Map.of("n", n, "file", String.valueOf(out.getFileName()))),
                                java.util.List.of(Messages.text("papers.calendar.import-hint")))));
    }
}
