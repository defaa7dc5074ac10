package org.repdesk.ui;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Deadline;
import org.repdesk.ui.cases.DeadlinesViewModel;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.papers.ScheduleDialog;
import org.repdesk.ui.papers.ScheduleViewModel;

/**
 * A case's deadlines and hearings: what is due when, ticked off when done, overdue ones flagged.
 * Lays out and binds; the state and commands are {@link DeadlinesViewModel}'s.
 */
final class DeadlinesPanel extends VBox {

    private final DeadlinesViewModel vm;
    private final TableView<Deadline> table = new TableView<>();

    DeadlinesPanel(DeskState state, Runnable changed) {
        this(new DeadlinesViewModel(state.desk().cases(), state.desk().hearings(),
                Runner.of(state, state::owner), state.dialogs(), changed));
    }

    DeadlinesPanel(DeadlinesViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        table.setId("deadline-table");
        table.setAccessibleText(Messages.text("a11y.deadlines.table"));
        table.setPlaceholder(new Label(Messages.text("cases.deadlines.none")));
        TableColumn<Deadline, Object> due = Tables.column(Messages.text("cases.deadlines.due"), 165, Deadline::dueOn);
        due.setMinWidth(110); // the date in full; "overdue" wraps under it when the form is narrow (1024 wide, Welsh)
        due.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                Deadline d = empty ? null : getTableRow().getItem();
                if (d == null) {
                    setGraphic(null);
                    return;
                }
                text.setText(vm.dueText(d));
                if (vm.isOverdue(d)) {
                    getStyleClass().add("overdue");
                }
                setGraphic(text);
            }
        });
        TableColumn<Deadline, Object> what = Tables.column(Messages.text("cases.deadlines.what"), 250, vm::whatIsDue);
        // Wrapped, not cut: a deadline's title and its hearing's time and place read in full in a narrow form.
        what.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.getStyleClass().add("text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item.toString());
                setGraphic(empty ? null : text);
            }
        });
        TableColumn<Deadline, Object> done = Tables.column(Messages.text("cases.deadlines.done"), 110, Deadline::done);
        done.setMinWidth(125); // the heading "Wedi'i wneud" in full, in bold, not "Wedi'i wn…" (seen at 1024 wide)
        done.setCellFactory(col -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                // The table is the Tab stop and Space marks the chosen deadline done (see doneBySpace):
                // a box per row was a Tab stop, and a table makes rows only for what it shows.
                FocusInLists.leftToItsRow(box, table, table.getSelectionModel(), this::getIndex);
                box.setOnAction(e -> {
                    Deadline d = getTableRow().getItem();
                    if (d != null) {
                        vm.setDone(d, box.isSelected());
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
                    box.setAccessibleText(Messages.text("cases.deadlines.done.accessible",
                            java.util.Map.of("what", d.label())));
                    setGraphic(box);
                }
            }
        });
        table.getColumns().addAll(List.of(due, what, done));
        table.setItems(vm.deadlines());
        doneBySpace(); // after the items: the table's own choice follows a new list first, then this

        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(Messages.text("cases.deadlines.add"));
        add.setId("deadline-add");
        add.setOnAction(e -> add());
        Button edit = new Button(Messages.text("papers.deadlines.edit"));
        edit.setId("deadline-edit");
        edit.disableProperty().bind(vm.nothingSelectedProperty());
        edit.setOnAction(e -> edit());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        Button delete = new Button(Messages.text("cases.deadlines.delete"));
        delete.setId("deadline-delete");
        delete.disableProperty().bind(vm.nothingSelectedProperty());
        delete.setOnAction(e -> vm.deleteSelected());
        // Wraps onto a second line in a narrow form (the Welsh words are longer) rather than cutting them.
        getChildren().addAll(new javafx.scene.layout.FlowPane(8, 8, add, edit, delete), table);
    }

    javafx.beans.binding.IntegerBinding countProperty() {
        return vm.countProperty();
    }

    void show(UUID id) {
        vm.show(id);
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /**
     * Space on the table ticks or unticks the chosen deadline's Done, as a click on its box does; the
     * row taking the focus is chosen when none is, and stays chosen as the list is read again after.
     */
    private void doneBySpace() {
        java.util.concurrent.atomic.AtomicReference<java.util.UUID> keep = new java.util.concurrent.atomic.AtomicReference<>();
        FocusInLists.choosesARowOnFocus(table, table.getSelectionModel(), table.getFocusModel(), table.getItems());
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Deadline d = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && d != null) {
                e.consume();
                keep.set(d.id());
                vm.setDone(d, !d.done());
            }
        });
        // Chosen again once the table has taken in the list read after the change (it clears its choice).
        vm.deadlines().addListener((javafx.beans.Observable o) -> javafx.application.Platform.runLater(() -> {
            java.util.UUID id = keep.getAndSet(null);
            for (int i = 0; id != null && i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                }
            }
        }));
    }

    private void add() {
        open(vm.newForm());
    }

    /** Corrects the selected deadline: its date (and how it was worked out), wording, hearing details. */
    private void edit() {
        open(vm.editForm());
    }

    private void open(ScheduleViewModel form) {
        if (form != null) {
            ScheduleDialog.show(window(), form).ifPresent(vm::save);
        }
    }
}
