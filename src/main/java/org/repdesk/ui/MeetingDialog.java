package org.repdesk.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.ui.demands.MeetingViewModel;

/**
 * Records a negotiation meeting in one place: lays out and binds a {@link MeetingViewModel} (when,
 * who, notes, the demands discussed and what the employer said on each), which checks and saves;
 * the dialog closes once it is saved.
 */
final class MeetingDialog {

    private MeetingDialog() {
    }

    /** A discussed demand's row: its name, what was said (its problem under it) and the new status. */
    private record ResponseRow(Label name, Node said, ComboBox<Pick<DemandStatus>> status) {
    }

    static void show(Window owner, MeetingViewModel vm) {
        Dialog<NegotiationMeeting> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("boards.meeting.title"));
        dialog.setHeaderText(Messages.text("boards.meeting.header"));
        DateField date = DateField.over(Messages.text("boards.meeting.date"), vm.dateProperty(),
                vm.dateTypedProblemProperty());
        date.setId("meeting-date");
        TextField title = new TextField();
        title.setId("meeting-title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.setPromptText(Messages.text("boards.meeting.titlePrompt"));
        TextField attendees = new TextField();
        attendees.setId("meeting-attendees");
        attendees.textProperty().bindBidirectional(vm.attendeesProperty());
        attendees.setPromptText(Messages.text("boards.meeting.attendeesPrompt"));
        TextArea notes = new TextArea();
        notes.setId("meeting-notes");
        notes.textProperty().bindBidirectional(vm.notesProperty());
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        CheckListView<Demand> discussed = new CheckListView<>(vm.demands());
        discussed.setId("meeting-discussed");
        javafx.util.Callback<Demand, javafx.beans.value.ObservableValue<Boolean>> checked =
                discussed::getItemBooleanProperty;
        FocusInLists.tickedFromTheList(discussed, lv -> new javafx.scene.control.cell.CheckBoxListCell<Demand>(checked,
                new javafx.util.StringConverter<Demand>() {
                    @Override
                    public String toString(Demand d) {
                        return d == null ? "" : d.title();
                    }

                    @Override
                    public Demand fromString(String s) {
                        return null;
                    }
                }));
        discussed.setPrefHeight(160);
        GridPane responses = new GridPane();
        responses.setHgap(8);
        responses.setVgap(6);
        Map<UUID, ResponseRow> rows = new HashMap<>();
        discussed.getCheckModel().getCheckedItems().addListener((ListChangeListener<Demand>) c -> {
            vm.discussed().setAll(discussed.getCheckModel().getCheckedItems());
            responses.getChildren().clear();
            int r = 0;
            for (Demand d : vm.discussed()) {
                ResponseRow row = rows.computeIfAbsent(d.id(), id -> responseRow(vm.response(d)));
                responses.addRow(r++, row.name(), row.said(), row.status());
                GridPane.setHgrow(row.said(), Priority.ALWAYS);
            }
        });
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.meeting.dateLabel"), date, vm.dateProblem().shownProperty(), "meeting-date-problem");
        grid.add(Messages.text("boards.meeting.titleLabel"), title, vm.titleProblem().shownProperty(),
                "meeting-title-problem");
        grid.add(Messages.text("boards.meeting.attendeesLabel"), attendees, vm.attendeesProblem().shownProperty(),
                "meeting-attendees-problem");
        grid.add(Messages.text("boards.meeting.notesLabel"), notes, vm.notesProblem().shownProperty(),
                "meeting-notes-problem");
        grid.add(Messages.text("boards.meeting.discussed"), discussed);
        Label responsesTitle = new Label(Messages.text("boards.meeting.responses"));
        responsesTitle.getStyleClass().add("title-4");
        var problems = FormDialog.problems(vm.formProblemProperty(), "meeting-problems");
        VBox box = new VBox(8, grid, responsesTitle, responses, problems);
        box.setPrefWidth(760);
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        scroller.setPrefHeight(560);
        dialog.getDialogPane().setContent(scroller);
        ButtonType save = new ButtonType(Messages.text("boards.meeting.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, Buttons.cancel());
        org.repdesk.ui.TypedInDialog.asksBeforeLosing(dialog);
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("meeting-save");
        FormDialog.savesThrough(dialog, saveButton, vm.cannotSaveProperty(), vm::save);
        dialog.setOnShown(e -> title.requestFocus());
        dialog.showAndWait();
    }

    private static ResponseRow responseRow(MeetingViewModel.Response response) {
        Demand d = response.demand();
        TextField said = new TextField();
        said.textProperty().bindBidirectional(response.saidProperty());
        said.setPromptText(Messages.text("boards.meeting.saidPrompt"));
        said.setAccessibleText(Messages.text("boards.meeting.saidOn", d.title()));
        ComboBox<Pick<DemandStatus>> status = Pick.box(Messages.text("boards.meeting.noChange"),
                List.of(DemandStatus.values()));
        Pick.bind(status, response.statusProperty());
        status.setAccessibleText(Messages.text("boards.meeting.statusOn", d.title()));
        Label name = new Label(d.title());
        name.setMaxWidth(220);
        return new ResponseRow(name, FieldProblem.under(said, response.saidProblem().shownProperty(),
                "meeting-said-problem-" + d.id()), status);
    }
}
