package org.repdesk.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.RetentionItem;
import org.repdesk.service.Retention;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.protection.RetentionViewModel;

/**
 * The retention review: the periods (the union's policy to set), the records past them, and
 * confirmed deletion or anonymisation of the ones the rep selects, then compacting the file.
 * Lays out and binds {@link RetentionViewModel}.
 */
public final class RetentionView extends BorderPane {

    private final RetentionViewModel vm;
    private final TableView<RetentionItem> table;

    public RetentionView(DeskState state) {
        this(new RetentionViewModel(state::desk, Runner.of(state, state::owner), state.dialogs(), state::reloadAll));
    }

    public RetentionView(RetentionViewModel vm) {
        this.vm = vm;
        getStyleClass().add("retention-view");

        Label title = new Label(Messages.text("screens.retention.title"));
        title.getStyleClass().add("title-3");
        Label policy = new Label(Messages.text("screens.retention.policy"));
        policy.setWrapText(true);
        policy.setMinHeight(Label.USE_PREF_SIZE);
        Button savePeriods = new Button(Messages.text("screens.retention.savePeriods"));
        savePeriods.setId("retention-save");
        savePeriods.setOnAction(e -> vm.savePeriods());
        // A flow, so the periods wrap onto a second line on a 1024-pixel screen rather than being cut.
        FlowPane periods = new FlowPane(8, 6,
                period("screens.retention.caseYears", years("retention-case-years", vm.caseYearsProperty())),
                period("screens.retention.memberYears", years("retention-member-years", vm.memberYearsProperty())),
                period("screens.retention.workloadYears", years("retention-workload-years", vm.workloadYearsProperty())),
                savePeriods);
        periods.setAlignment(Pos.CENTER_LEFT);

        table = new TableView<>(vm.items());
        table.setId("retention-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Messages.text("screens.retention.none")));
        TableColumn<RetentionItem, Object> kind = Tables.column(Messages.text("screens.retention.col.kind"), 170,
                RetentionItem::kind);
        TableColumn<RetentionItem, Object> ref = Tables.column(Messages.text("screens.retention.col.reference"), 110,
                RetentionItem::reference);
        TableColumn<RetentionItem, Object> what = Tables.column(Messages.text("screens.retention.col.record"), 340,
                RetentionItem::description);
        TableColumn<RetentionItem, Object> ended = Tables.column(Messages.text("screens.retention.col.ended"), 130,
                i -> DateField.format(i.periodEnded()));
        table.getColumns().addAll(List.of(kind, ref, what, ended));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RetentionItem>) c ->
                vm.selected().setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button refresh = new Button(Messages.text("screens.retention.again"));
        refresh.setOnAction(e -> vm.reload());
        Button delete = new Button(Messages.text("screens.retention.deleteSelected"));
        delete.setId("retention-delete");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> vm.remove(Retention.Removal.DELETE));
        Button anonymise = new Button(Messages.text("screens.retention.anonymiseSelected"));
        anonymise.setId("retention-anonymise");
        anonymise.setOnAction(e -> vm.remove(Retention.Removal.ANONYMISE));
        delete.disableProperty().bind(vm.nothingSelected());
        anonymise.disableProperty().bind(vm.nothingSelected());
        Button compact = new Button(Messages.text("screens.retention.compact"));
        compact.setId("retention-compact");
        compact.setOnAction(e -> vm.compact());
        for (Button b : List.of(refresh, delete, anonymise, compact, savePeriods)) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        Label summary = new Label();
        summary.setId("retention-summary");
        summary.textProperty().bind(vm.summaryProperty());
        FlowPane actions = new FlowPane(8, 6, refresh, anonymise, delete, compact, summary);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, title, policy, periods, table, actions);
        content.getStyleClass().add("pane-right");
        setCenter(content);
        vm.reload();
    }

    private static HBox period(String key, Spinner<Integer> years) {
        Label label = new Label(Messages.text(key));
        label.setLabelFor(years);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label unit = new Label(Messages.text("screens.retention.years"));
        unit.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, label, years, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Spinner<Integer> years(String id, javafx.beans.property.IntegerProperty value) {
        return WholeNumberSpinner.of(id, 1, 100, value, 80);
    }

    /** Reads the periods and lists what is past them, in the background. */
    public void reload() {
        vm.reload();
    }
}
