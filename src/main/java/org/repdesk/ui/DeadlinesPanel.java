package org.repdesk.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.model.Deadline;

/** A case's deadlines and hearings: what is due when, ticked off when done, overdue ones flagged. */
final class DeadlinesPanel extends VBox {

    private final DeskState state;
    private final Runnable changed;
    private final TableView<Deadline> table = new TableView<>();
    private final IntegerProperty count = new SimpleIntegerProperty();
    private UUID caseId;

    DeadlinesPanel(DeskState state, Runnable changed) {
        this.state = state;
        this.changed = changed;
        setSpacing(8);
        table.setId("deadline-table");
        table.setPlaceholder(new Label("No deadlines or hearings."));
        TableColumn<Deadline, Object> due = Tables.column("Due", 180, Deadline::dueOn);
        due.setMinWidth(180); // "17/11/2026  overdue" in bold, not cut when the form is narrow
        due.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                Deadline d = empty ? null : getTableRow().getItem();
                if (d == null) {
                    setText(null);
                    return;
                }
                boolean late = d.isOverdue(state.desk().cases().today());
                setText(DateField.format(d.dueOn()) + (late ? "  overdue" : ""));
                if (late) {
                    getStyleClass().add("overdue");
                }
            }
        });
        TableColumn<Deadline, Object> what = Tables.column("What is due", 250, Deadline::label);
        TableColumn<Deadline, Object> done = Tables.column("Done", 60, Deadline::done);
        done.setMinWidth(60);
        done.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> {
                    Deadline d = getTableRow().getItem();
                    if (d != null) {
                        setDone(d, box.isSelected());
                    }
                });
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                Deadline d = empty ? null : getTableRow().getItem();
                if (d == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(d.done());
                    setGraphic(box);
                }
            }
        });
        table.getColumns().addAll(List.of(due, what, done));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button("Add deadline or hearing…");
        add.setId("deadline-add");
        add.setOnAction(e -> add());
        Button delete = new Button("Delete…");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        getChildren().addAll(new HBox(8, add, delete), table);
    }

    IntegerProperty countProperty() {
        return count;
    }

    void show(UUID id) {
        caseId = id;
        reload();
    }

    private void reload() {
        UUID id = caseId;
        state.background().run(window(), "Could not read the deadlines", () -> state.desk().cases().deadlines(id),
                list -> {
                    if (id.equals(caseId)) {
                        table.getItems().setAll(list);
                        count.set(list.size());
                    }
                });
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void add() {
        if (caseId == null) {
            return;
        }
        LocalDate today = state.desk().cases().today();
        DeadlineDialog.show(window(), caseId, today, state.desk().cases()::workingDaysAfter)
                .ifPresent(d -> state.background().run(window(), "The deadline was not saved",
                        () -> state.desk().cases().addDeadline(d), saved -> {
                            reload();
                            changed.run();
                        }));
    }

    private void setDone(Deadline d, boolean done) {
        state.background().run(window(), "The deadline was not updated", () -> {
            state.desk().cases().setDeadlineDone(d.id(), done);
            return null;
        }, x -> {
            reload();
            changed.run();
        });
    }

    private void delete() {
        Deadline d = table.getSelectionModel().getSelectedItem();
        if (d != null && Alerts.confirm(window(), "Delete this deadline?",
                DateField.format(d.dueOn()) + " — " + d.description() + "\n\nTick it as done instead to keep a record.",
                "Delete deadline")) {
            state.background().run(window(), "The deadline was not deleted", () -> {
                state.desk().cases().deleteDeadline(d.id());
                return null;
            }, x -> {
                reload();
                changed.run();
            });
        }
    }
}
