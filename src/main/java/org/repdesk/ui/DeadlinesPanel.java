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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Deadline;
import org.repdesk.service.HearingService;
import org.repdesk.ui.papers.ScheduleDialog;
import org.repdesk.ui.papers.ScheduleViewModel;

/** A case's deadlines and hearings: what is due when, ticked off when done, overdue ones flagged. */
final class DeadlinesPanel extends VBox {

    private final DeskState state;
    private final Runnable changed;
    private final TableView<Deadline> table = new TableView<>();
    private final IntegerProperty count = new SimpleIntegerProperty();
    /** Each deadline's hearing details and sum, for the "What is due" column and for correcting it. */
    private final java.util.Map<UUID, HearingService.Scheduled> details = new java.util.HashMap<>();
    private UUID caseId;

    DeadlinesPanel(DeskState state, Runnable changed) {
        this.state = state;
        this.changed = changed;
        setSpacing(8);
        table.setId("deadline-table");
        table.setAccessibleText(Messages.text("a11y.deadlines.table"));
        table.setPlaceholder(new Label(Messages.text("cases.deadlines.none")));
        TableColumn<Deadline, Object> due = Tables.column(Messages.text("cases.deadlines.due"), 150, Deadline::dueOn);
        due.setMinWidth(150); // "17/11/2026  overdue" in bold, not cut when the form is narrow
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
                setText(late ? Messages.text("cases.deadlines.overdue", java.util.Map.of("date", DateField.format(d.dueOn())))
                        : DateField.format(d.dueOn()));
                if (late) {
                    getStyleClass().add("overdue");
                }
            }
        });
        TableColumn<Deadline, Object> what = Tables.column(Messages.text("cases.deadlines.what"), 250, this::whatIsDue);
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
        done.setMinWidth(110); // "Wedi'i wneud" in full, not "We…"
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
                    box.setAccessibleText(Messages.text("cases.deadlines.done.accessible",
                            java.util.Map.of("what", d.label())));
                    setGraphic(box);
                }
            }
        });
        table.getColumns().addAll(List.of(due, what, done));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button(Messages.text("cases.deadlines.add"));
        add.setId("deadline-add");
        add.setOnAction(e -> add());
        Button edit = new Button(Messages.text("papers.deadlines.edit"));
        edit.setId("deadline-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        Button delete = new Button(Messages.text("cases.deadlines.delete"));
        delete.setId("deadline-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        // Wraps onto a second line in a narrow form (the Welsh words are longer) rather than cutting them.
        getChildren().addAll(new javafx.scene.layout.FlowPane(8, 8, add, edit, delete), table);
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
        state.background().run(window(), Messages.text("cases.deadlines.failed.read"), () -> state.desk().hearings().ofCase(id),
                list -> {
                    if (id.equals(caseId)) {
                        details.clear();
                        list.forEach(s -> details.put(s.deadline().id(), s));
                        table.getItems().setAll(list.stream().map(HearingService.Scheduled::deadline).toList());
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
        save(ScheduleDialog.show(window(), ScheduleViewModel.forNew(caseId, today,
                state.desk().cases()::workingDaysAfter)));
    }

    /** Corrects the selected deadline: its date (and how it was worked out), wording, hearing details. */
    private void edit() {
        Deadline d = table.getSelectionModel().getSelectedItem();
        HearingService.Scheduled s = d == null ? null : details.get(d.id());
        if (s != null) {
            save(ScheduleDialog.show(window(), ScheduleViewModel.forEditing(s, state.desk().cases()::workingDaysAfter)));
        }
    }

    private void save(java.util.Optional<ScheduleViewModel.Result> form) {
        form.ifPresent(r -> state.background().run(window(), Messages.text("cases.deadlines.failed.save"),
                () -> state.desk().hearings().save(r.deadline(), r.hearing(), r.reckoning()), saved -> {
                    reload();
                    changed.run();
                }));
    }

    /** "Hearing: Stage 2 · 10:00, Meeting Room 3" and, when worked out, "10 working days after 18/12/2026". */
    private String whatIsDue(Deadline d) {
        HearingService.Scheduled s = details.get(d.id());
        StringBuilder text = new StringBuilder(d.label());
        if (s != null) {
            s.hearing().ifPresent(h -> {
                String at = java.util.stream.Stream.of(h.startsAt() == null ? null : h.startsAt().toString(), h.place())
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
                if (!at.isEmpty()) {
                    text.append(" · ").append(at);
                }
            });
            s.reckoning().ifPresent(r -> text.append(" (").append(r.describe()).append(')'));
        }
        return text.toString();
    }

    private void setDone(Deadline d, boolean done) {
        state.background().run(window(), Messages.text("cases.deadlines.failed.update"), () -> {
            state.desk().cases().setDeadlineDone(d.id(), done);
            return null;
        }, x -> {
            reload();
            changed.run();
        });
    }

    private void delete() {
        Deadline d = table.getSelectionModel().getSelectedItem();
        if (d != null && Alerts.confirm(window(), Messages.text("cases.deadlines.delete.question"),
                Messages.text("cases.deadlines.delete.detail", java.util.Map.of("date", DateField.format(d.dueOn()),
                        "what", d.description())),
                Messages.text("cases.deadlines.delete.button"))) {
            state.background().run(window(), Messages.text("cases.deadlines.failed.delete"), () -> {
                state.desk().cases().deleteDeadline(d.id());
                return null;
            }, x -> {
                reload();
                changed.run();
            });
        }
    }
}
