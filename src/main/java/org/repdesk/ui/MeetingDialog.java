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

    static void show(DeskState state, Runnable saved) {
        List<Demand> demands = state.desk().demands().all();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle("Record a negotiation meeting");
        dialog.setHeaderText("A meeting with the employer");
        DateField date = new DateField("Date", state.desk().cases().today());
        TextField title = new TextField();
        title.setPromptText("e.g. Regional JNCC");
        TextField attendees = new TextField();
        attendees.setPromptText("Who was there");
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
                        Pick.box("No change", List.of(DemandStatus.values()))));
                row.said().setPromptText("What the employer said (blank: nothing recorded)");
                Label name = new Label(d.title());
                name.setMaxWidth(220);
                responses.addRow(r++, name, row.said(), row.status());
                GridPane.setHgrow(row.said(), Priority.ALWAYS);
            }
        });
        FormGrid grid = new FormGrid();
        grid.add("_Date", date);
        grid.add("_Title", title);
        grid.add("_Attendees", attendees);
        grid.add("_Notes", notes);
        grid.add("Demands discussed", discussed);
        Label responsesTitle = new Label("Responses given in the meeting");
        responsesTitle.getStyleClass().add("title-4");
        Label problems = FormDialog.problems();
        VBox box = new VBox(8, grid, responsesTitle, responses, problems);
        box.setPrefWidth(760);
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        scroller.setPrefHeight(560);
        dialog.getDialogPane().setContent(scroller);
        ButtonType save = new ButtonType("Save meeting", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
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
                    String said = row.said().getText().isBlank() ? "(status changed at the meeting)"
                            : row.said().getText();
                    given.add(EmployerResponse.of(id, meeting.heldOn(), said, null, ResponseChannel.MEETING,
                            Pick.selected(row.status()), null, meeting.id()));
                }
            }
            state.background().run(state.owner(), "The meeting was not saved",
                    () -> state.desk().demands().recordMeeting(meeting, ids, given), m -> saved.run());
        });
        dialog.showAndWait();
    }
}
