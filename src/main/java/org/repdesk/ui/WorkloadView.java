package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadRecord;

/**
 * Workload evidence: each member's latest WMT capacity beside their own account, flagged when the
 * records meet the employer's own excessive-workload definition; the selected member's records and
 * the WMT capacity calculator.
 */
public final class WorkloadView extends BorderPane implements BuiltInSteps {

    /** One member's line: latest record and whether the four-week rule is met. */
    record MemberWorkload(Member member, WorkloadRecord latest, int records, LocalDate excessiveSince) {
    }

    private final DeskState state;
    private final ObservableList<MemberWorkload> rows = FXCollections.observableArrayList();
    private final TableView<MemberWorkload> table = new TableView<>();
    private final TableView<WorkloadRecord> records = new TableView<>();
    private final Label heading = new Label("Select a member");
    private final Label flag = new Label();
    private final TextField search = new TextField();
    private final CheckBox excessiveOnly = new CheckBox("Over the threshold only");
    private Map<UUID, List<WorkloadRecord>> byMember = Map.of();

    /** Its two sides, a frame apart the first time it is opened (see MainWindow.putTogether). */
    private final List<Runnable> assemblySteps;

    public WorkloadView(DeskState state) {
        this.state = state;
        getStyleClass().add("workload-view");
        search.setPromptText("Search members");
        HBox.setHgrow(search, Priority.ALWAYS);
        FilteredList<MemberWorkload> filtered = new FilteredList<>(rows);
        Runnable filter = () -> filtered.setPredicate(r -> MembersView.matches(r.member(), search.getText())
                && (!excessiveOnly.isSelected() || r.excessiveSince() != null));
        search.textProperty().addListener(x -> filter.run());
        excessiveOnly.selectedProperty().addListener(x -> filter.run());
        SortedList<MemberWorkload> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("workload-members");
        TableColumn<MemberWorkload, Object> capacity = Tables.column("Latest WMT %", 135,
                r -> r.latest() == null ? null : r.latest().capacityPercent());
        capacity.setCellFactory(c -> percentCell());
        TableColumn<MemberWorkload, Object> over = Tables.column("Over threshold", 160, MemberWorkload::excessiveSince);
        over.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                setText(empty || item == null ? null : "Since " + DateField.format((LocalDate) item));
                if (!empty && item != null) {
                    getStyleClass().add("overdue");
                }
            }
        });
        table.getColumns().addAll(List.of(
                Tables.<MemberWorkload, Object>column("Member", 165, r -> r.member().name()),
                capacity,
                over,
                Tables.<MemberWorkload, Object>column("Cases held", 80,
                        r -> r.latest() == null ? null : r.latest().casesHeld()),
                Tables.<MemberWorkload, Object>column("Records", 65, MemberWorkload::records),
                Tables.<MemberWorkload, Object>column("Grade", 80, r -> r.member().grade()),
                Tables.<MemberWorkload, Object>column("Team", 120, r -> r.member().team())));
        table.setPlaceholder(new Label("No members yet."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> showMember(r));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, new HBox(8, search, excessiveOnly), table);
        left.getStyleClass().add("pane-left");

        heading.getStyleClass().add("title-3");
        heading.setId("workload-heading");
        flag.getStyleClass().add("flag");
        flag.setWrapText(true);
        flag.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        flag.setVisible(false); // shown for a member over the threshold (showMember)
        flag.setManaged(false);
        records.setId("workload-records");
        TableColumn<WorkloadRecord, Object> recCapacity = Tables.column("WMT %", 80, WorkloadRecord::capacityPercent);
        recCapacity.setCellFactory(c -> percentCell());
        TableColumn<WorkloadRecord, Object> date = Tables.column("Week of", 108, WorkloadRecord::recordedOn);
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateField.format((LocalDate) item));
            }
        });
        records.getColumns().addAll(List.of(date, recCapacity,
                Tables.<WorkloadRecord, Object>column("Points", 72, r -> Numbers.show(r.workloadPoints())),
                Tables.<WorkloadRecord, Object>column("Hours", 88,
                        r -> Numbers.show(r.contractedHours()) + (r.reductionHours() == null || r.reductionHours() == 0
                                ? "" : " −" + Numbers.show(r.reductionHours()))),
                Tables.<WorkloadRecord, Object>column("Cases", 64, WorkloadRecord::casesHeld),
                Tables.<WorkloadRecord, Object>column("Worked", 78, r -> Numbers.show(r.hoursWorked())),
                Tables.<WorkloadRecord, Object>column("Work the WMT does not count", 240, WorkloadRecord::uncountedWork)));
        records.setPlaceholder(new Label("No workload records for this member."));
        VBox.setVgrow(records, Priority.ALWAYS);
        Button add = new Button("Add workload record…");
        add.setId("workload-add");
        add.setOnAction(e -> addRecord());
        Button edit = new Button(Messages.text("papers.workload.edit"));
        edit.setId("workload-edit");
        edit.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editRecord());
        Button delete = new Button("Delete record…");
        delete.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteRecord());
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        CapacityCalculatorPane calculator = new CapacityCalculatorPane(state);
        VBox right = new VBox(10, heading, flag, new HBox(8, add, edit, delete), records);
        right.getStyleClass().add("pane-right");

        SplitPane split = new SplitPane();
        setCenter(split);
        List<Runnable> steps = new ArrayList<>(BuiltInSteps.twoSides(split, left, right, 0.44));
        steps.add(() -> right.getChildren().add(calculator)); // its own frame: a form of its own
        assemblySteps = List.copyOf(steps);
        // Only while shown: a hidden view is re-read when it is next opened (MainWindow.showWorkload).
        state.members().addListener((javafx.collections.ListChangeListener<Member>) c -> {
            if (getScene() != null && isVisible()) { // screens stay in the scene, hidden
                reload();
            }
        });
    }

    /** Shows only members over the employer's threshold (a dashboard tile). */
    public void showOverThreshold() {
        search.clear();
        excessiveOnly.setSelected(true);
    }

    private static <S> TableCell<S, Object> percentCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("over-capacity");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                double pct = (Double) item;
                setText(String.format(java.util.Locale.UK, "%.1f%%", pct));
                if (pct > 110) {
                    getStyleClass().add("over-capacity");
                }
            }
        };
    }

    /** Reads every workload record once and rebuilds the members' lines. */
    public void reload() {
        List<Member> members = List.copyOf(state.members());
        state.background().run(state.owner(), "Could not read workload records", () -> {
            Map<UUID, List<WorkloadRecord>> grouped = state.desk().workload().byMember();
            Map<UUID, LocalDate> since = state.desk().workload().excessiveSince(grouped);
            List<MemberWorkload> lines = new ArrayList<>();
            for (Member m : members) {
                List<WorkloadRecord> list = grouped.getOrDefault(m.id(), List.of());
                WorkloadRecord latest = list.stream().max(Comparator.comparing(WorkloadRecord::recordedOn)).orElse(null);
                lines.add(new MemberWorkload(m, latest, list.size(), since.get(m.id())));
            }
            return Map.entry(grouped, lines);
        }, result -> {
            UUID selected = Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                    .map(r -> r.member().id()).orElse(null);
            byMember = result.getKey();
            rows.setAll(result.getValue());
            if (selected != null) {
                rows.stream().filter(r -> r.member().id().equals(selected)).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
    }

    private void showMember(MemberWorkload r) {
        if (r == null) {
            heading.setText("Select a member");
            flag.setText("");
            flag.setVisible(false); // an empty flag is a pink box
            flag.setManaged(false);
            records.getItems().clear();
            return;
        }
        heading.setText(r.member().name() + " · " + r.member().grade().label()
                + (r.member().contractedHours() == null ? "" : " · " + Numbers.show(r.member().contractedHours()) + " h"));
        var wmt = state.desk().settings().wmt();
        flag.setText(r.excessiveSince() == null ? ""
                : "Over " + Numbers.show(wmt.excessivePercent()) + "% for " + wmt.excessiveWeeks()
                        + " consecutive weeks (the employer's own definition of excessive workload), reached "
                        + DateField.format(r.excessiveSince()) + ".");
        flag.setVisible(r.excessiveSince() != null);
        flag.setManaged(r.excessiveSince() != null);
        List<WorkloadRecord> list = new ArrayList<>(byMember.getOrDefault(r.member().id(), List.of()));
        list.sort(Comparator.comparing(WorkloadRecord::recordedOn).reversed());
        records.getItems().setAll(list);
    }

    private void addRecord() {
        MemberWorkload r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            WorkloadRecordDialog.show(state, r.member()).ifPresent(rec -> state.background().run(state.owner(),
                    "The workload record was not saved", () -> state.desk().workload().add(rec), saved -> reload()));
        }
    }

    /** Corrects the selected record: a mistyped figure or date is fixed, not deleted and typed again. */
    private void editRecord() {
        MemberWorkload m = table.getSelectionModel().getSelectedItem();
        WorkloadRecord rec = records.getSelectionModel().getSelectedItem();
        if (m != null && rec != null) {
            WorkloadRecordDialog.edit(state, m.member(), rec).ifPresent(fixed -> state.background().run(state.owner(),
                    "The workload record was not saved", () -> state.desk().workload().edit(fixed), saved -> reload()));
        }
    }

    private void deleteRecord() {
        WorkloadRecord rec = records.getSelectionModel().getSelectedItem();
        if (rec != null && Alerts.confirm(state.owner(), "Delete this workload record?",
                "The record of " + DateField.format(rec.recordedOn()) + " will be deleted. This cannot be undone.",
                "Delete record")) {
            state.background().run(state.owner(), "The record was not deleted", () -> {
                state.desk().workload().delete(rec.id());
                return null;
            }, x -> reload());
        }
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }
}
