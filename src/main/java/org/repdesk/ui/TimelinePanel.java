package org.repdesk.ui;

import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.TimelineEntry;
import org.repdesk.ui.cases.TimelineViewModel;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.papers.Runner;

/** A case's timeline, newest first, laid out over its view-model; entries are added, edited and (after confirming) deleted. */
final class TimelinePanel extends VBox {

    private static final int PREVIEW_CHARS = 400;

    private final DeskState state;
    private final TimelineViewModel vm;
    private final ListView<TimelineEntry> list = new ListView<>();

    TimelinePanel(DeskState state) {
        this.state = state;
        this.vm = new TimelineViewModel(state.desk().cases(), state.desk().documents(), state.desk().noteDrafts(),
                Runner.of(state, this::window), state.dialogs());
        getStyleClass().add("timeline-panel");
        list.setId("timeline-list");
        list.setAccessibleText(Messages.text("a11y.timeline.list"));
        list.setItems(vm.entries());
        list.setPlaceholder(new Label(Messages.text("cases.timeline.none")));
        list.setCellFactory(lv -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button(Messages.text("cases.timeline.add"));
        add.setId("timeline-add");
        add.setOnAction(e -> add());
        Button edit = new Button(Messages.text("cases.timeline.edit"));
        edit.setOnAction(e -> edit());
        Button delete = new Button(Messages.text("cases.timeline.delete"));
        delete.setOnAction(e -> vm.deleteSelected());
        edit.disableProperty().bind(vm.nothingSelectedProperty());
        delete.disableProperty().bind(vm.nothingSelectedProperty());
        getChildren().addAll(new javafx.scene.layout.FlowPane(8, 8, add, edit, delete), list); // wraps, as the deadlines' buttons
        setSpacing(8);
        list.setPrefHeight(320);
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

    void add() {
        vm.newNoteForm().ifPresent(form -> TimelineEntryDialog.show(window(), form));
    }

    private void edit() {
        vm.editSelected(note -> TimelineEntryDialog.show(window(), vm.correctionForm(note)));
    }

    /** Date and kind on the first line, the summary in bold, then the start of the note. */
    private static final class EntryCell extends ListCell<TimelineEntry> {
        private final Label head = new Label();
        private final Label summary = new Label();
        private final Label body = new Label();
        private final VBox box = new VBox(2, head, summary, body);

        EntryCell() {
            head.getStyleClass().add("entry-head");
            summary.getStyleClass().add("entry-summary");
            body.getStyleClass().add("entry-body");
            summary.setWrapText(true);
            body.setWrapText(true);
            // Wrapped labels in a list cell need this to grow in height instead of eliding.
            summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(30));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineEntry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("entry-auto");
            if (empty || e == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            head.setText(DateField.format(e.date()) + "  ·  " + org.repdesk.ui.common.Labels.of(e.kind()));
            // The entry is drawn by labels in a box: said as one line, or a screen reader says nothing.
            String words = e.summaryIn(Messages.language()); // RepDesk's own entries in the rep's language
            setAccessibleText(head.getText() + ". " + words);
            summary.setText(words);
            String text = e.text() == null ? "" : e.text();
            body.setText(text.length() > PREVIEW_CHARS
                    ? Messages.text("cases.timeline.preview", java.util.Map.of("start", text.substring(0, PREVIEW_CHARS),
                            "n", text.length()))
                    : text);
            body.setVisible(!text.isEmpty());
            body.setManaged(!text.isEmpty());
            if (!e.kind().isManual()) {
                getStyleClass().add("entry-auto");
            }
            setGraphic(box);
        }
    }
}
