package org.repdesk.ui;

import java.util.List;
import java.util.Map;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.ui.FrameByFrame.BuiltInSteps;
import org.repdesk.ui.FrameByFrame.WhenAssembled;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.members.MembersViewModel;
import org.repdesk.ui.papers.Runner;

/** The members list with search as you type, and the selected member's form and cases: laid out here, kept in {@link MembersViewModel}. */
public final class MembersView extends BorderPane implements BuiltInSteps {

    private final DeskState state;
    private final MembersViewModel vm;
    private final TextField search = new TextField();
    private final TableView<Member> table = new TableView<>();
    private final MemberForm form;
    private final ListView<CaseFile> cases = new ListView<>();
    private final Button openCase = new Button(Messages.text("members.open-case"));
    private final Button delete = new Button(Messages.text("members.delete"));
    private final AuditView audit;
    private final Button subjectAccess = new Button(Messages.text("members.subject-access"));
    private final Button absenceRecord = new Button(org.repdesk.i18n.Messages.text("absence.ui.open"));
    private final List<Runnable> assemblySteps;
    private final WhenAssembled whenAssembled = new WhenAssembled();
    private final Runnable newCaseForSelected;

    public MembersView(DeskState state, java.util.function.Consumer<Member> openCaseFor) {
        this.state = state;
        this.vm = new MembersViewModel(state.desk().members(), state.desk().cases(), state.members(),
                Runner.of(state, state::owner), state.dialogs());
        this.form = new MemberForm(state);
        this.audit = new AuditView(state, AuditView.Scope.MEMBER);
        this.newCaseForSelected = () -> {
            Member m = table.getSelectionModel().getSelectedItem();
            if (m != null) {
                openCaseFor.accept(m);
            }
        };
        getStyleClass().add("members-view");

        search.setId("member-search");
        search.setPromptText(Messages.text("members.search.hint")); // short enough to be read whole at 1024x700
        search.setAccessibleText(Messages.text("members.search.accessible"));
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button(Messages.text("members.new"));
        add.setId("member-new");
        add.setOnAction(e -> startNew());
        HBox bar = new HBox(8, search, add);
        bar.getStyleClass().add("tool-bar-row");

        vm.searchProperty().bind(search.textProperty());
        SortedList<Member> sorted = new SortedList<>(vm.found());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("member-table");
        // Four columns of two lines, as the cases list's rows are two lines: the seven of one line each
        // (number, name, union, grade, team, office, region) were 970 pixels wide in a table of 430 at
        // 1024x700, which scrolled sideways with Grade and Team cut. A heading says both of its lines.
        table.getColumns().addAll(List.of(
                TwoLineCell.<Member>column(twoLines("members.column.name", "members.column.number"),
                        Member::shownName, Member::membershipNumber),
                TwoLineCell.<Member>column(twoLines("members.column.union", "members.column.grade"),
                        Member::union, Member::grade),
                TwoLineCell.<Member>column(twoLines("members.column.team", "members.column.office"),
                        Member::team, Member::office),
                Tables.<Member, Object>column(Messages.text("members.column.region"), 160, Member::region)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // the last shown takes the room left
        MembersColumns.keepToWhatFits(table);
        Label noMembers = new Label();
        noMembers.textProperty().bind(vm.emptyWordsProperty());
        noMembers.setWrapText(true); // the table is narrow beside the member form
        noMembers.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        table.setPlaceholder(noMembers);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null && m.id().equals(form.editingId()) && form.hasUnsavedChanges()) {
                return; // the same member listed again (the list was read again): what is typed stays
            }
            // Another member with the form's edits unsaved: Save / Discard / Cancel (issue 17).
            org.repdesk.ui.papers.UnsavedChanges.beforeSwitching(state.dialogs(),
                    m != null && m.id().equals(form.editingId()) ? null : unsavedForm(), () -> {
                        if (table.getSelectionModel().getSelectedItem() == m) {
                            show(m);
                        } else {
                            table.getSelectionModel().select(m); // saved meanwhile, which chose the saved member
                        }
                    },
                    () -> javafx.application.Platform.runLater(() -> table.getItems().stream()
                            .filter(x -> x.id().equals(form.editingId())).findFirst()
                            .ifPresentOrElse(x -> table.getSelectionModel().select(x),
                                    () -> table.getSelectionModel().clearSelection())));
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8);
        left.getStyleClass().add("pane-left");

        form.setOnSaved(saved -> {
            table.getSelectionModel().select(saved);
            whenAssembled.run(() -> table.scrollTo(saved));
        });
        cases.setId("member-cases");
        cases.setPrefHeight(160);
        cases.setItems(vm.casesOfSelected());
        cases.setPlaceholder(new Label(Messages.text("members.cases.none")));
        cases.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseFile c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null
                        : Messages.text("members.cases.row", Map.of("reference", c.reference(), "type", org.repdesk.ui.common.Labels.of(c.type()),
                                "stage", org.repdesk.ui.common.Labels.stage(c.stage()), "status", org.repdesk.ui.common.Labels.of(c.status()))));
            }
        });
        openCase.setId("member-open-case");
        delete.setId("member-delete");
        table.setAccessibleText(Messages.text("members.table.accessible"));
        cases.setAccessibleText(Messages.text("members.cases"));
        for (Button b : List.of(openCase, subjectAccess, absenceRecord, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.disableProperty().bind(vm.nothingSelectedProperty());
        }
        openCase.setOnAction(e -> newCaseForSelected.run());
        delete.setOnAction(e -> vm.deleteSelected(this::startNew));
        delete.getStyleClass().addAll("danger", "button-outlined");
        Label casesTitle = new Label(Messages.text("members.cases"));
        casesTitle.getStyleClass().add("title-4");
        subjectAccess.setId("member-subject-access");
        subjectAccess.setOnAction(e -> SubjectAccessDialog.show(state, table.getSelectionModel().getSelectedItem()));
        absenceRecord.setId("member-absence");
        absenceRecord.setOnAction(e -> {
            Member m = table.getSelectionModel().getSelectedItem();
            if (m != null) {
                org.repdesk.ui.absence.AbsenceWindow.show(getScene().getWindow(), state.background(),
                        state.desk().absences(), m);
            }
        });
        Label auditTitle = new Label(Messages.text("members.changes"));
        auditTitle.getStyleClass().add("title-4");
        VBox right = new VBox(12);
        right.getStyleClass().add("pane-right");
        // The form, the member's cases and changes scroll; Save and Revert stay in sight below them.
        ScrollPane scroller = new ScrollPane(right);
        VBox side = new VBox(scroller);
        // Put in place a frame at a time (see Screens): made and styled at once, with the first
        // sorting of 20,000 members, the screen held the FX thread ~0.3 s the first time.
        assemblySteps = List.of(
                () -> left.getChildren().add(bar),
                () -> left.getChildren().add(table), // its header first, then its rows
                // Sorted by name (already so when read, see Tables.byName: one pass) before the
                // table has rows, which are made the frame after.
                () -> table.getSortOrder().add(table.getColumns().get(0)),
                () -> table.setItems(sorted),
                () -> {
                    right.getChildren().addAll(new javafx.scene.layout.FlowPane(8, 8, openCase, subjectAccess,
                            absenceRecord, delete), form);
                    side.getChildren().add(form.actions());
                },
                () -> right.getChildren().addAll(casesTitle, cases, auditTitle, audit));
        scroller.setFitToWidth(true);
        VBox.setVgrow(scroller, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, side);
        split.setOrientation(Orientation.HORIZONTAL);
        // The form keeps its longest region whole (Welsh "Gorllewin Canolbarth Lloegr"): at 0.56 a
        // 1024-pixel window left it a pixel or two short, and the form scrolled sideways.
        split.setDividerPositions(0.54);
        setCenter(split);
        show(null);
    }

    /** A heading of two lines, naming a column's first line over its second. */
    private static String twoLines(String firstKey, String secondKey) {
        return Messages.text(firstKey) + "\n" + Messages.text(secondKey);
    }

    public void startNew() {
        table.getSelectionModel().clearSelection();
        form.startNew();
        // Put together the first time a part a frame, the screen gave the cursor to its search: the
        // number takes it once the screen is whole (Ctrl+N from another screen).
        whenAssembled.run(form::focusFirstField);
    }

    @Override
    public List<Runnable> assemblySteps() {
        return assemblySteps;
    }

    @Override
    public void assembled() {
        whenAssembled.assembled();
    }

    public void saveCurrent() {
        form.save();
    }

    public void focusSearch() {
        whenAssembled.focus(search);
    }

    private void show(Member m) {
        audit.show(m == null ? null : m.id());
        vm.show(m);
        if (m != null) {
            form.edit(m);
        }
    }

    /** The member form, when it holds changes not saved. */
    org.repdesk.ui.papers.UnsavedChanges.Form unsavedForm() {
        if (!form.hasUnsavedChanges()) {
            return null;
        }
        return new org.repdesk.ui.papers.UnsavedChanges.Form() {
            @Override
            public boolean hasUnsavedChanges() {
                return form.hasUnsavedChanges();
            }

            @Override
            public boolean saveThen(Runnable after) {
                return form.saveThen(after);
            }

            @Override
            public String what() {
                return org.repdesk.i18n.Messages.text("papers.unsaved.member");
            }
        };
    }
}
