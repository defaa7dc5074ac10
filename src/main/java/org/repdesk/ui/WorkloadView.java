package org.repdesk.ui;

import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.workload.WorkloadViewModel;
import org.repdesk.ui.workload.WorkloadViewModel.MemberWorkload;

/**
 * Workload evidence: each member's latest WMT capacity beside their own account, flagged when the
 * records meet the employer's own excessive-workload definition; the selected member's records and
 * the WMT capacity calculator. State and commands are the {@link WorkloadViewModel}'s.
 */
public final class WorkloadView extends BorderPane implements BuiltInSteps {

    /** The team's least width: "management", the longest word of a usual team, whole on its line. */
    private static final double TEAM_AT_LEAST = 120;

    private final DeskState state;
    private final WorkloadViewModel vm;
    private final TableView<MemberWorkload> table = new TableView<>();
    private final TableView<WorkloadRecord> records = new TableView<>();

    /** The desk's members changed while this screen was hidden: read by the next reload. */
    private boolean membersChangedWhileHidden;

    /** Its two sides, a frame apart the first time it is opened (see Screens.putTogether). */
    private final List<Runnable> assemblySteps;

    public WorkloadView(DeskState state) {
        this.state = state;
        this.vm = new WorkloadViewModel(state.desk().workload(), state.desk().settings(), state.desk().cases()::today,
                Runner.of(state, state::owner),
                state.dialogs(), state::members, org.repdesk.ui.members.MembersViewModel::matches);
        getStyleClass().add("workload-view");
        TextField search = new TextField();
        search.setId("workload-search");
        search.setPromptText(Messages.text("boards.workload.search"));
        search.setAccessibleText(Messages.text("boards.workload.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(140); // squeezed to three letters by the Welsh check box's words at 1024 pixels
        CheckBox overOnly = new CheckBox(Messages.text("boards.workload.overOnly"));
        overOnly.setId("workload-over-only");
        overOnly.setMinWidth(Region.USE_PREF_SIZE);
        overOnly.selectedProperty().bindBidirectional(vm.overOnlyProperty());
        SortedList<MemberWorkload> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("workload-members");
        table.setAccessibleText(Messages.text("boards.workload.membersTable"));
        TableColumn<MemberWorkload, Object> capacity = Tables.column(Messages.text("boards.workload.col.latest"), 70,
                r -> r.latest() == null ? null : r.latest().capacityPercent());
        capacity.setCellFactory(c -> percentCell());
        TableColumn<MemberWorkload, Object> over = Tables.column(Messages.text("boards.workload.col.over"), 112,
                MemberWorkload::excessiveSince);
        over.setMinWidth(112); // the date in bold, whole ("20/11/2…" when the table shared its width)
        over.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                setText(empty || item == null ? null : DateField.format((LocalDate) item));
                if (!empty && item != null) {
                    getStyleClass().add("overdue");
                }
            }
        });
        // The name over the grade, as the members table's rows are two lines: the team, last, then has
        // the width the grade's column took. With a column each, at 1024 pixels the team had 110 to 160
        // pixels and read "Sentence manage…" ("Sentence …" in Welsh, whose headings are wider).
        // The name's column is wide enough for the longest names in full ("Agnieszka Wiśniewska" was
        // cut at 160) and the longest grade ("Gweinyddwr achosion").
        TableColumn<MemberWorkload, MemberWorkload> member = TwoLineCell.column(
                Messages.text("boards.workload.col.member") + "\n" + Messages.text("boards.workload.col.grade"),
                r -> r.member().shownName(), r -> r.member().grade());
        member.setPrefWidth(180);
        member.setMinWidth(180);
        // The rest of the width, a team too long for it wrapping in its cell. It asks for no more than
        // it is sure of: the other columns' widths and this one's stay within the table's width at
        // 1024 pixels in Welsh even before the table shares its width out (a wider ask was at times
        // kept for a layout pass, and the table scrolled sideways).
        TableColumn<MemberWorkload, Object> team = Tables.column(Messages.text("boards.workload.col.team"), TEAM_AT_LEAST,
                r -> r.member().team());
        team.setMinWidth(TEAM_AT_LEAST);
        team.setCellFactory(c -> Tables.wrapping(team));
        TableColumn<MemberWorkload, Object> cases = Tables.column(Messages.text("boards.workload.col.cases"), 60,
                r -> r.latest() == null ? null : r.latest().casesHeld());
        TableColumn<MemberWorkload, Object> recordCount = Tables.column(Messages.text("boards.workload.col.records"), 72,
                MemberWorkload::records);
        // The figures' columns as wide as their headings and no wider, and a name no wider than a long
        // name needs: the width the table has over goes to the team (shared out, "Sentence management
        // team 1" wrapped at 1024 pixels with 80 pixels spare beside the dates).
        for (TableColumn<MemberWorkload, ?> figures : List.of(capacity, over, cases, recordCount)) {
            figures.maxWidthProperty().bind(figures.prefWidthProperty());
        }
        member.setMaxWidth(210);
        table.getColumns().addAll(List.of(member, capacity, over, cases, recordCount, team));
        table.setPlaceholder(new Label(Messages.text("boards.workload.noMembers")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedProperty().set(r));
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != table.getSelectionModel().getSelectedItem()) {
                if (r == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(r);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // The team takes the width the other columns leave, worked out here whenever the table or a
        // column changes width, rather than by the constrained resize policy: with the team's words
        // wrapping to its width, that policy at times kept the team at a width from an earlier layout
        // (315 px, the columns 892 px in 839 at 1024 in Welsh, 1 run in 10), and the table scrolled sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        javafx.beans.InvalidationListener teamTakesTheRest = o -> giveTheRestTo(team);
        table.widthProperty().addListener(teamTakesTheRest);
        table.getColumns().stream().filter(c -> c != team).forEach(c -> c.widthProperty().addListener(teamTakesTheRest));
        // Rows of 2em rather than 2.6: at 1024x700 the split screen shows six members and four weeks.
        table.getStyleClass().add("dense");
        records.getStyleClass().add("dense");
        VBox left = new VBox(8, new HBox(8, search, overOnly), table);
        left.getStyleClass().add("pane-left");

        Label heading = new Label();
        heading.textProperty().bind(vm.headingProperty());
        heading.getStyleClass().add("title-3");
        heading.setId("workload-heading");
        heading.setWrapText(true);
        Label flag = new Label();
        flag.setId("workload-flag");
        flag.textProperty().bind(vm.flagProperty());
        flag.getStyleClass().add("flag");
        flag.setWrapText(true);
        flag.setMinHeight(Region.USE_PREF_SIZE);
        flag.visibleProperty().bind(flag.textProperty().isNotEmpty()); // an empty flag is a pink box
        flag.managedProperty().bind(flag.visibleProperty());
        records.setId("workload-records");
        records.setItems(vm.records());
        records.setAccessibleText(Messages.text("boards.workload.recordsTable"));
        TableColumn<WorkloadRecord, Object> recCapacity = Tables.column(Messages.text("boards.workload.col.wmt"), 80,
                WorkloadRecord::capacityPercent);
        recCapacity.setCellFactory(c -> percentCell());
        TableColumn<WorkloadRecord, Object> date = Tables.column(Messages.text("boards.wmt.weekOf"), 108,
                WorkloadRecord::recordedOn);
        date.setMinWidth(100);
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateField.format((LocalDate) item));
            }
        });
        records.getColumns().addAll(List.of(date, recCapacity,
                Tables.<WorkloadRecord, Object>column(Messages.text("boards.workload.col.points"), 72,
                        r -> r.workloadPoints() == null ? "" // read, not typed: grouped ("2,400")
                                : org.repdesk.i18n.Figures.number(Messages.language(), r.workloadPoints())),
                Tables.<WorkloadRecord, Object>column(Messages.text("boards.workload.col.hours"), 88,
                        r -> Numbers.show(r.contractedHours()) + (r.reductionHours() == null || r.reductionHours() == 0
                                ? "" : " −" + Numbers.show(r.reductionHours()))),
                Tables.<WorkloadRecord, Object>column(Messages.text("boards.workload.col.recCases"), 64,
                        WorkloadRecord::casesHeld),
                Tables.<WorkloadRecord, Object>column(Messages.text("boards.workload.col.worked"), 78,
                        r -> Numbers.show(r.hoursWorked())),
                Tables.<WorkloadRecord, Object>column(Messages.text("boards.wmt.uncountedLabel"), 240,
                        WorkloadRecord::uncountedWork)));
        Label noRecords = new Label(Messages.text("boards.workload.noRecords"));
        noRecords.setWrapText(true);
        records.setPlaceholder(noRecords);
        VBox.setVgrow(records, Priority.ALWAYS);
        records.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button add = new Button(Messages.text("boards.workload.add"));
        add.setId("workload-add");
        add.setOnAction(e -> addRecord());
        add.disableProperty().bind(vm.selectedProperty().isNull());
        Button edit = new Button(Messages.text("papers.workload.edit"));
        edit.setId("workload-edit");
        edit.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> editRecord());
        Button delete = new Button(Messages.text("boards.workload.delete"));
        delete.setId("workload-delete");
        delete.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteRecord());
        for (Button b : List.of(add, edit, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        CapacityCalculatorPane calculator = new CapacityCalculatorPane(state);
        // The member's name and the buttons on one line where they fit, the buttons wrapping under the
        // name where they do not (the Welsh words are longer) rather than pushing the edge off the screen.
        heading.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, add, edit, delete);
        javafx.scene.layout.FlowPane headingRow = new javafx.scene.layout.FlowPane(16, 6, heading, buttons);
        headingRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox right = new VBox(10, headingRow, flag, records);
        right.getStyleClass().addAll("pane-right", "workload-records-pane");
        // The calculator, opened, pushes the pane longer than the screen: it scrolls rather than
        // squeezing the records to nothing.
        javafx.scene.control.ScrollPane rightScroller = new javafx.scene.control.ScrollPane(right);
        rightScroller.setFitToWidth(true);
        rightScroller.setFitToHeight(true);
        rightScroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        rightScroller.getStyleClass().add("edge-to-edge");

        // The members above, the chosen member's records below, each table as wide as the screen: side
        // by side, at 1024x700 both scrolled sideways (the members' last heading read "Ac…") and at
        // 1280x800 neither showed all its columns.
        SplitPane split = new SplitPane();
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        setCenter(split);
        List<Runnable> steps = new ArrayList<>(BuiltInSteps.twoSides(split, left, rightScroller, 0.5));
        steps.add(() -> right.getChildren().add(calculator)); // its own frame: a form of its own
        assemblySteps = List.copyOf(steps);
        // Only while shown: a hidden view is re-read when it is next opened (Screens.show), or, the first
        // time, once it is put together (assembled): Screens.show reads before the parts are in, and
        // members that arrive meanwhile (the start's first read, on a slow start) were left unread.
        state.members().addListener((javafx.collections.ListChangeListener<Member>) c -> {
            if (getScene() != null && isVisible()) { // screens stay in the scene, hidden
                reload();
            } else {
                membersChangedWhileHidden = true;
            }
        });
    }

    @Override
    public void assembled() {
        if (membersChangedWhileHidden) {
            reload();
        }
    }

    /**
     * {@code last} as wide as the members table's width less its other columns and room for its
     * scroll bar (about 1.2 em, as the members table keeps), never narrower than its least.
     */
    private void giveTheRestTo(TableColumn<MemberWorkload, ?> last) {
        if (table.getWidth() <= 0) {
            return;
        }
        double others = table.getColumns().stream().filter(c -> c != last).mapToDouble(TableColumn::getWidth).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset()
                - 1.2 * WholeText.readingFont().getSize();
        double rest = Math.max(last.getMinWidth(), Math.floor(room - others));
        if (last.getPrefWidth() != rest) {
            last.setPrefWidth(rest);
        }
    }

    /** Shows only members over the employer's threshold (a dashboard tile). */
    public void showOverThreshold() {
        vm.showOverThreshold();
    }

    WorkloadViewModel viewModel() {
        return vm;
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

    /** Reads each member's workload figures again and rebuilds the members' lines. */
    public void reload() {
        membersChangedWhileHidden = false;
        vm.reload();
    }

    private void addRecord() {
        vm.newRecordForm()
                .flatMap(form -> WorkloadRecordDialog.show(state.owner(), form)).ifPresent(vm::add);
    }

    /** Corrects the selected record: a mistyped figure or date is fixed, not deleted and typed again. */
    private void editRecord() {
        WorkloadRecord rec = records.getSelectionModel().getSelectedItem();
        if (rec != null) {
            vm.correctionForm(rec).flatMap(form -> WorkloadRecordDialog.show(state.owner(), form)).ifPresent(vm::correct);
        }
    }

    private void deleteRecord() {
        WorkloadRecord rec = records.getSelectionModel().getSelectedItem();
        if (rec != null) {
            vm.delete(rec); // asked first
        }
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }
}
