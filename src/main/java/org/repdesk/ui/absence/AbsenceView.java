package org.repdesk.ui.absence;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AbsenceReason;
import org.repdesk.ui.DateField;

/** The absence record screen: lays out and binds {@link AbsenceViewModel}, nothing more. */
public final class AbsenceView extends BorderPane {

    private final AbsenceViewModel vm;

    /**
     * {@code confirm} asks before an absence is deleted; {@code discard} before what is typed in the
     * form is replaced (another absence chosen, New), with Keep editing as its default.
     */
    public AbsenceView(AbsenceViewModel vm, AbsenceViewModel.Confirm confirm, AbsenceViewModel.Confirm discard) {
        this.vm = vm;
        getStyleClass().add("absence-view");
        getStylesheets().add(AbsenceView.class.getResource("absence.css").toExternalForm());

        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.memberProperty().get() == null ? ""
                : Messages.text("absence.ui.title", Map.of("name", vm.memberProperty().get().shownName(),
                        "number", vm.memberProperty().get().membershipNumber())), vm.memberProperty()));
        Label status = new Label();
        status.setId("absence-status");
        status.getStyleClass().add("absence-status");
        status.textProperty().bind(vm.statusProperty());
        VBox top = new VBox(2, title, status);
        top.getStyleClass().add("absence-top");
        setTop(top);

        ScrollPane right = scrolled(calculation());
        right.setId("absence-calculation");
        SplitPane split = new SplitPane(record(confirm, discard), right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55); // the list's five columns want a little more than the figures

        setCenter(split);
    }

    private static ScrollPane scrolled(VBox box) {
        ScrollPane s = new ScrollPane(box);
        s.setFitToWidth(true);
        return s;
    }

    private VBox record(AbsenceViewModel.Confirm confirm, AbsenceViewModel.Confirm discard) {
        TableView<AbsenceViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("absence-table");
        table.setPlaceholder(new Label(Messages.text("absence.ui.none")));
        // Fits its half of the window without scrolling sideways (issue 20: at 1024x700 the reason was cut
        // and the Welsh headings read "Diwrnod…", "Di…"): headings on two lines, the notes sit
        // under the reason, the dates keep their width and the reason takes what is left.
        TableColumn<AbsenceViewModel.Row, Object> reason0 = column("absence.ui.col.reason", 140,
                r -> org.repdesk.ui.common.Labels.of(r.absence().reason()));
        reason0.setCellFactory(col -> new ReasonCell());
        table.getColumns().addAll(List.of(
                column("absence.ui.col.first", 96, r -> r.absence().firstDay()),
                column("absence.ui.col.last", 96, r -> r.absence().lastDay()),
                column("absence.ui.col.days", 60, r -> r.daysLost()),
                reason0,
                column("absence.ui.col.dropsOut", 96, r -> r.dropsOutOn())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add("absence-table");
        table.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(() -> fitColumns(table)));
        table.setPrefHeight(210);
        table.setAccessibleText(Messages.text("absence.ui.tableName"));
        // Another absence chosen while one is half-typed asks first; Keep editing puts the choice back
        // on the row the typing is in (none for a new absence), once the list has done choosing.
        boolean[] puttingBack = {false};
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!puttingBack[0] && !vm.choose(row, discard)) {
                javafx.application.Platform.runLater(() -> {
                    puttingBack[0] = true;
                    try {
                        AbsenceViewModel.Row typing = vm.rowOfTheForm();
                        if (typing == null) {
                            table.getSelectionModel().clearSelection();
                        } else {
                            table.getSelectionModel().select(typing);
                            table.scrollTo(typing);
                        }
                    } finally {
                        puttingBack[0] = false;
                    }
                });
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            }
        });

        // Each date as typed; text that is not a date stays as typed, its problem said under the form.
        // Text in them that is not a date yet still counts as typed: closing the window asks first.
        DateField first = DateField.over(Messages.text("absence.field.firstDay"), vm.firstDayProperty(),
                vm.firstDayTypedProblemProperty());
        first.setId("absence-first");
        DateField last = DateField.over(Messages.text("absence.field.lastDay"), vm.lastDayProperty(),
                vm.lastDayTypedProblemProperty());
        last.setId("absence-last");
        last.disableProperty().bind(vm.partDayProperty());
        // Emptied or refilled, the form's dates replace text that was not a date yet (a Last day left
        // "13/13/2026" under a part day once survived Add, and a half-typed First day survived New).
        vm.filledProperty().addListener((o, was, now) -> {
            first.show(vm.firstDayProperty().get());
            last.show(vm.lastDayProperty().get());
        });
        CheckBox partDay = new CheckBox(Messages.text("absence.ui.partDay"));
        partDay.setId("absence-part-day");
        partDay.selectedProperty().bindBidirectional(vm.partDayProperty());
        TextField hours = new TextField();
        hours.setId("absence-hours");
        hours.setPrefColumnCount(4);
        hours.setPromptText(Messages.text("absence.ui.hoursPrompt"));
        hours.textProperty().bindBidirectional(vm.hoursProperty());
        hours.disableProperty().bind(vm.partDayProperty().not());
        hours.setAccessibleText(Messages.text("absence.ui.hoursUnit"));
        ComboBox<AbsenceReason> reason = new ComboBox<>();
        reason.setId("absence-reason");
        reason.getItems().setAll(AbsenceReason.values());
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        reason.setMaxWidth(Double.MAX_VALUE);
        FlowPane flags = new FlowPane(12, 6,
                check("absence-disability", "absence.ui.disabilityRelated", vm.disabilityRelatedProperty()),
                check("absence-pregnancy", "absence.ui.pregnancyRelated", vm.pregnancyRelatedProperty()),
                check("absence-work", "absence.ui.workRelated", vm.workRelatedProperty()),
                check("absence-fit-note", "absence.ui.fitNote", vm.fitNoteProperty()));

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        // Each date's own problem ("must be a real date") right under it.
        var firstBox = org.repdesk.ui.FieldProblem.under(first, first.problemProperty(), "absence-first-problem");
        var lastBox = org.repdesk.ui.FieldProblem.under(last, last.problemProperty(), "absence-last-problem");
        form.addRow(0, label("absence.field.firstDay", first), firstBox, label("absence.field.lastDay", last), lastBox);
        HBox hoursRow = new HBox(6, hours, label("absence.ui.hoursUnit"));
        hoursRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.add(partDay, 0, 1, 2, 1);
        form.add(hoursRow, 2, 1, 2, 1);
        form.add(label("absence.ui.reason", reason), 0, 2);
        form.add(reason, 1, 2, 3, 1);
        form.add(flags, 0, 3, 4, 1);
        GridPane.setHgrow(firstBox, Priority.ALWAYS);
        GridPane.setHgrow(lastBox, Priority.ALWAYS);

        Label problems = new Label();
        problems.setId("absence-problems");
        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.formProblemsProperty());

        Button newOne = new Button(Messages.text("absence.ui.new"));
        newOne.setId("absence-new");
        newOne.setOnAction(e -> vm.newAbsence(discard));
        Button save = new Button();
        save.setId("absence-save");
        save.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then(Messages.text("absence.ui.add")).otherwise(Messages.text("absence.ui.saveChanges")));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        // A date that is not one (said under the form) waits as a missing one does.
        save.disableProperty().bind(vm.canSaveProperty().not().or(first.problemProperty().isNotEmpty())
                .or(last.problemProperty().isNotEmpty().and(vm.partDayProperty().not())));
        save.setOnAction(e -> vm.save());
        // Added, the form empties and the button it was pressed with goes grey: the next absence starts at its
        // first day, not wherever the focus would fall next (the trigger's date on the other side).
        save.disabledProperty().addListener((o, was, now) -> {
            if (now && save.isFocused()) {
                first.requestFocus();
            }
        });
        Button delete = new Button(Messages.text("absence.ui.delete"));
        delete.setId("absence-delete");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.disableProperty().bind(vm.editingProperty().isNull());
        delete.setOnAction(e -> vm.delete(confirm));
        HBox buttons = new HBox(8, newOne, save, delete);

        Label formTitle = new Label();
        formTitle.getStyleClass().add("title-4");
        formTitle.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then(Messages.text("absence.ui.newTitle")).otherwise(Messages.text("absence.ui.editTitle")));
        VBox box = new VBox(8, table, formTitle, form, problems, buttons);
        box.getStyleClass().add("pane-left");
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private VBox calculation() {
        DateField on = DateField.following(Messages.text("absence.ui.onDate"), vm.onDateProperty());
        on.setId("absence-on");
        Label trigger = bound("absence-trigger", vm.triggerTextProperty());
        Label asWritten = bound("absence-as-written", vm.asWrittenTextProperty());
        asWritten.getStyleClass().add("absence-figure");
        Label without = bound("absence-without", vm.withoutTextProperty());
        without.getStyleClass().add("absence-figure");
        Label underAgain = bound("absence-under-again", vm.underAgainTextProperty());
        AbsenceStripCanvas strip = new AbsenceStripCanvas();
        strip.setId("absence-strip");
        // Drawn, so named for a screen reader: what its colours mean (its figures are the labels above it).
        strip.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        strip.setAccessibleText(Messages.text("absence.strip.key"));
        vm.stripProperty().addListener((o, a, s) -> strip.show(s));
        strip.show(vm.stripProperty().get());
        Label key = new Label(Messages.text("absence.strip.key"));
        key.getStyleClass().add("absence-key");
        key.setWrapText(true);

        DateField whatIfFrom = DateField.following(Messages.text("absence.ui.whatIfFrom"), vm.whatIfFromProperty());
        whatIfFrom.setId("absence-whatif-from");
        TextField whatIfDays = new TextField();
        whatIfDays.setId("absence-whatif-days");
        whatIfDays.setPrefColumnCount(3);
        whatIfDays.textProperty().bindBidirectional(vm.whatIfDaysProperty());
        whatIfDays.setAccessibleText(Messages.text("absence.ui.whatIfDaysName"));
        FlowPane whatIfRow = new FlowPane(6, 6, label("absence.ui.whatIfOff"), whatIfDays,
                label("absence.ui.whatIfDaysFrom", whatIfFrom), org.repdesk.ui.FieldProblem.under(whatIfFrom,
                        whatIfFrom.problemProperty(), "absence-whatif-from-problem"));
        whatIfRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label whatIf = bound("absence-whatif", vm.whatIfTextProperty());

        HBox onRow = new HBox(6, label("absence.ui.onDate", on),
                org.repdesk.ui.FieldProblem.under(on, on.problemProperty(), "absence-on-problem"));
        onRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label calcTitle = new Label(Messages.text("absence.ui.calcTitle"));
        calcTitle.getStyleClass().add("title-4");
        Label whatIfTitle = new Label(Messages.text("absence.ui.whatIfTitle"));
        whatIfTitle.getStyleClass().add("title-4");
        VBox box = new VBox(8, calcTitle, onRow, trigger, asWritten, without, underAgain, strip, key, whatIfTitle,
                whatIfRow, whatIf, pattern());
        box.getStyleClass().add("pane-right");
        return box;
    }

    private TitledPane pattern() {
        FlowPane days = new FlowPane(8, 4);
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox c = new CheckBox(d.getDisplayName(TextStyle.SHORT, Messages.language()));
            c.setId("absence-day-" + d.name().toLowerCase(java.util.Locale.ROOT));
            c.selectedProperty().bindBidirectional(vm.worksOnProperty(d));
            days.getChildren().add(c);
        }
        TextField hours = new TextField();
        hours.setId("absence-hours-week");
        hours.setPrefColumnCount(4);
        hours.textProperty().bindBidirectional(vm.hoursPerWeekProperty());
        // Typed and not saved, the pattern counts as typed: closing the window asks first.
        DateField warning = DateField.over(Messages.text("absence.field.warningOn"), vm.warningOnProperty(),
                vm.warningOnTypedProblemProperty());
        warning.setId("absence-warning");
        Button save = new Button(Messages.text("absence.ui.savePattern"));
        save.setId("absence-pattern-save");
        save.disableProperty().bind(vm.canSavePatternProperty().not().or(warning.problemProperty().isNotEmpty()));
        save.setOnAction(e -> vm.savePattern());
        Label problems = bound("absence-pattern-problems", vm.patternProblemsProperty());
        problems.getStyleClass().add("problems");
        Label note = bound("absence-pattern-note", vm.patternNoteProperty());
        note.managedProperty().bind(vm.patternNoteProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        problems.managedProperty().bind(vm.patternProblemsProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.managedProperty());
        hours.setMaxWidth(90);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        // Each label over its field: beside them, the longest Welsh label ("Rhybudd ffurfiol wedi'i roi
        // ar") and a whole date asked for more than the pane has at 1024x700, and the pane scrolled sideways.
        grid.add(label("absence.ui.days"), 0, 0);
        grid.add(days, 0, 1);
        grid.add(label("absence.ui.hoursPerWeek", hours), 0, 2);
        grid.add(hours, 0, 3);
        grid.add(label("absence.field.warningOn", warning), 0, 4);
        grid.add(org.repdesk.ui.FieldProblem.under(warning, warning.problemProperty(), "absence-warning-problem"), 0, 5);
        VBox box = new VBox(8, note, grid, problems, save);
        TitledPane pane = new TitledPane(Messages.text("absence.ui.patternTitle"), box);
        pane.setId("absence-pattern");
        pane.setExpanded(true);
        return pane;
    }

    private static Label bound(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /** A field's label, which a screen reader says as the field's name. */
    private static Label label(String key, javafx.scene.Node labelling) {
        Label l = label(key);
        l.setLabelFor(labelling);
        return l;
    }

    private static Label label(String key) {
        Label l = new Label(Messages.text(key));
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox c = new CheckBox(Messages.text(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    /**
     * Each column at least as wide as its longest heading word and its widest value (a date, a
     * number of days), in the headings' font of the moment: narrower, the policy would cut them.
     */
    private static void fitColumns(TableView<AbsenceViewModel.Row> table) {
        javafx.scene.Node header = table.lookup(".column-header .label");
        javafx.scene.text.Font heading = header instanceof Label l ? l.getFont() : javafx.scene.text.Font.getDefault();
        // The values in the cells' own (regular) weight, the headings in theirs (bold in the theme).
        javafx.scene.text.Font cell = javafx.scene.text.Font.font(heading.getFamily(), heading.getSize());
        String date = DateField.format(java.time.LocalDate.of(2026, 12, 30));
        for (int i = 0; i < table.getColumns().size(); i++) {
            TableColumn<AbsenceViewModel.Row, ?> c = table.getColumns().get(i);
            // The reason wraps at its words: the longest word of the reasons, in English or Welsh.
            double widest = i == 2 ? width("99.5", cell) : i == 3 ? width("gysylltiedig", cell) : width(date, cell);
            for (String word : c.getText().split("\\s+")) { // a new line is a space here
                widest = Math.max(widest, width(word, heading));
            }
            c.setMinWidth(Math.ceil(widest + CELL_PADDING));
        }
        // The list no narrower than its columns at their least, so the split gives it their room and the
        // figures' side (which scrolls) the rest: squeezed below it, the policy could not fit them (a full
        // test run read columns 572 wide in a list 536 wide, three times in three sessions).
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        table.setMinWidth(Math.ceil(columns + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR_ROOM));
        table.requestLayout();
    }

    /** A cell's and a heading's padding either side, with a pixel to spare (the theme's is 8 + 8, and a pixel either side for the grid line). */
    private static final double CELL_PADDING = 18;

    /** Room for the list's upright scroll bar, shown once the absences are more than it holds. */
    private static final double SCROLL_BAR_ROOM = 16;

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The reason, wrapped to the column's width, with the notes (disability-related, fit note…) under it. */
    private static final class ReasonCell extends javafx.scene.control.TableCell<AbsenceViewModel.Row, Object> {
        private final Label reason = new Label();
        private final Label notes = new Label();
        private final VBox both = new VBox(2, reason, notes);

        ReasonCell() {
            reason.setWrapText(true);
            notes.setWrapText(true);
            notes.getStyleClass().add("absence-notes");
            notes.managedProperty().bind(notes.textProperty().isNotEmpty());
            notes.visibleProperty().bind(notes.managedProperty());
            reason.textFillProperty().bind(textFillProperty()); // white on the chosen row, as the other cells
            reason.minHeightProperty().bind(reason.prefHeightProperty());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            // In the middle of its row as the other cells' words are: the cell stretches the box to the
            // row's height, and at its top the reason sat higher than the dates beside it.
            both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            AbsenceViewModel.Row row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            reason.setText(item.toString());
            notes.setText(row == null ? "" : row.flags());
            setText(item + (notes.getText().isEmpty() ? "" : ", " + notes.getText())); // what a screen reader says
            setGraphic(both);
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = getTableColumn() == null ? width : getTableColumn().getWidth() - snappedLeftInset()
                    - snappedRightInset();
            return getGraphic() == null ? super.computePrefHeight(width)
                    : snappedTopInset() + both.prefHeight(w) + snappedBottomInset();
        }
    }

    /**
     * A heading of two or more words on two lines, broken where the longer line is shortest ("Diwrnod
     * cyntaf", "Yn gadael ar"): the header row then makes room for both, where a wrapping label is
     * measured before its column has its width and ends in "…".
     */
    static String onTwoLines(String heading) {
        String[] words = heading.strip().split(" ");
        if (words.length < 2) {
            return heading;
        }
        int best = 1;
        int bestLonger = Integer.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            int first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)).length();
            int second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)).length();
            if (Math.max(first, second) <= bestLonger) { // a tie puts more on the first line
                bestLonger = Math.max(first, second);
                best = i;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, best)) + "\n"
                + String.join(" ", java.util.Arrays.copyOfRange(words, best, words.length));
    }

    private static <T> TableColumn<AbsenceViewModel.Row, Object> column(String key, double width,
            java.util.function.Function<AbsenceViewModel.Row, T> value) {
        TableColumn<AbsenceViewModel.Row, Object> c = new TableColumn<>(onTwoLines(Messages.text(key)));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // Dates as the rep writes them and days without a needless ".0"; the values stay dates and numbers for sorting.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof java.time.LocalDate d ? DateField.format(d)
                        : item instanceof Double n ? (n == Math.rint(n) ? String.valueOf(n.longValue()) : n.toString())
                        : item.toString());
            }
        });
        return c;
    }
}
