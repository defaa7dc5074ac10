package org.repdesk.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ListChangeListener;
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
import org.controlsfx.control.CheckListView;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.ResponseChannel;

/**
 * Records a negotiation meeting in one place: when, who, notes, the demands discussed and what the
 * employer said on each (optionally changing its status).
 */
final class MeetingDialog {

    private MeetingDialog() {
    }

    private record ResponseRow(TextField said, ComboBox<Pick<DemandStatus>> status) {
    }

    /** Reads the demands to choose from off the FX thread, then opens the form. */
    static void show(DeskState state, Runnable saved) {
        state.background().run(state.owner(), Messages.text("boards.error.read"), () -> state.desk().demands().all(),
                demands -> open(state, demands, saved));
    }

    private static void open(DeskState state, List<Demand> demands, Runnable saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("boards.meeting.title"));
        dialog.setHeaderText(Messages.text("boards.meeting.header"));
        DateField date = new DateField(Messages.text("boards.meeting.date"), state.desk().cases().today());
        TextField title = new TextField();
        title.setPromptText(Messages.text("boards.meeting.titlePrompt"));
        TextField attendees = new TextField();
        attendees.setPromptText(Messages.text("boards.meeting.attendeesPrompt"));
        TextArea notes = new TextArea();
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        CheckListView<Demand> discussed = new CheckListView<>();
        discussed.getItems().setAll(demands);
        javafx.util.Callback<Demand, javafx.beans.value.ObservableValue<Boolean>> checked =
                discussed::getItemBooleanProperty;
        discussed.setCellFactory(lv -> new javafx.scene.control.cell.CheckBoxListCell<Demand>(checked,
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
        Map<UUID, ResponseRow> rows = new LinkedHashMap<>();
        discussed.getCheckModel().getCheckedItems().addListener((ListChangeListener<Demand>) c -> {
            responses.getChildren().clear();
            int r = 0;
            for (Demand d : discussed.getCheckModel().getCheckedItems()) {
                ResponseRow row = rows.computeIfAbsent(d.id(), id -> new ResponseRow(new TextField(),
                        Pick.box(Messages.text("boards.meeting.noChange"), List.of(DemandStatus.values()))));
                row.said().setPromptText(Messages.text("boards.meeting.saidPrompt"));
                row.said().setAccessibleText(Messages.text("boards.meeting.saidOn", d.title()));
                row.status().setAccessibleText(Messages.text("boards.meeting.statusOn", d.title()));
                Label name = new Label(d.title());
                name.setMaxWidth(220);
                responses.addRow(r++, name, row.said(), row.status());
                GridPane.setHgrow(row.said(), Priority.ALWAYS);
            }
        });
        FormGrid grid = new FormGrid();
        grid.add(Messages.text("boards.meeting.dateLabel"), date);
        grid.add(Messages.text("boards.meeting.titleLabel"), title);
        grid.add(Messages.text("boards.meeting.attendeesLabel"), attendees);
        grid.add(Messages.text("boards.meeting.notesLabel"), notes);
        grid.add(Messages.text("boards.meeting.discussed"), discussed);
        Label responsesTitle = new Label(Messages.text("boards.meeting.responses"));
        responsesTitle.getStyleClass().add("title-4");
        Label problems = FormDialog.problems();
        VBox box = new VBox(8, grid, responsesTitle, responses, problems);
        box.setPrefWidth(760);
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        scroller.setPrefHeight(560);
        dialog.getDialogPane().setContent(scroller);
        ButtonType save = new ButtonType(Messages.text("boards.meeting.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, Buttons.cancel());
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<String> found = new ArrayList<>();
            if (!date.problemProperty().get().isEmpty()) {
                found.add(date.problemProperty().get());
            }
            NegotiationMeeting meeting = NegotiationMeeting.of(date.date(), title.getText(), attendees.getText(),
                    notes.getText());
            found.addAll(meeting.problems());
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                e.consume();
                return;
            }
            List<UUID> ids = discussed.getCheckModel().getCheckedItems().stream().map(Demand::id).toList();
            List<EmployerResponse> given = new ArrayList<>();
            for (UUID id : ids) {
                ResponseRow row = rows.get(id);
                if (row != null && (!row.said().getText().isBlank() || Pick.selected(row.status()) != null)) {
                    String said = row.said().getText().isBlank() ? Messages.text("boards.meeting.statusChanged")
                            : row.said().getText();
                    given.add(EmployerResponse.of(id, meeting.heldOn(), said, null, ResponseChannel.MEETING,
                            Pick.selected(row.status()), null, meeting.id()));
                }
            }
            state.background().run(state.owner(), Messages.text("boards.meeting.notSaved"),
                    () -> state.desk().demands().recordMeeting(meeting, ids, given), m -> saved.run());
        });
        dialog.showAndWait();
    }
}
