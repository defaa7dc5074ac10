package org.repdesk.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.model.RetentionItem;
import org.repdesk.model.RetentionPolicy;
import org.repdesk.service.Retention;

/**
 * The retention review: the periods (the union's policy to set), the records past them, and
 * confirmed deletion or anonymisation of the ones the rep selects, then compacting the file.
 */
public final class RetentionView extends BorderPane {

    private final DeskState state;
    private final ObservableList<RetentionItem> items = FXCollections.observableArrayList();
    private final TableView<RetentionItem> table = new TableView<>(items);
    private final Spinner<Integer> caseYears = years("retention-case-years");
    private final Spinner<Integer> memberYears = years("retention-member-years");
    private final Spinner<Integer> workloadYears = years("retention-workload-years");
    private final Label summary = new Label();

    public RetentionView(DeskState state) {
        this.state = state;
        getStyleClass().add("retention-view");

        Label title = new Label("Retention review");
        title.getStyleClass().add("title-3");
        Label policy = new Label("How long records are kept is the union's policy to set. RepDesk's defaults "
                + "(closed cases 6 years after closing, members with no open case 6 years after their last case "
                + "closed, workload records 3 years) are placeholders, not advice: enter your union's periods.");
        policy.setWrapText(true);
        Button savePeriods = new Button("Save periods");
        savePeriods.setId("retention-save");
        savePeriods.setOnAction(e -> savePeriods());
        HBox periods = new HBox(8, new Label("Closed cases"), caseYears, new Label("years ·  Members"), memberYears,
                new Label("years ·  Workload records"), workloadYears, new Label("years"), savePeriods);
        periods.setAlignment(Pos.CENTER_LEFT);

        table.setId("retention-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Nothing is past its retention period."));
        TableColumn<RetentionItem, Object> kind = Tables.column("Kind", 170, RetentionItem::kind);
        TableColumn<RetentionItem, Object> ref = Tables.column("Reference", 110, RetentionItem::reference);
        TableColumn<RetentionItem, Object> what = Tables.column("Record", 380, RetentionItem::description);
        TableColumn<RetentionItem, Object> ended = Tables.column("Period ended", 110,
                i -> DateField.format(i.periodEnded()));
        table.getColumns().addAll(List.of(kind, ref, what, ended));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button refresh = new Button("Review again");
        refresh.setOnAction(e -> reload());
        Button delete = new Button("Delete selected…");
        delete.setId("retention-delete");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> remove(Retention.Removal.DELETE));
        Button anonymise = new Button("Anonymise selected…");
        anonymise.setId("retention-anonymise");
        anonymise.setOnAction(e -> remove(Retention.Removal.ANONYMISE));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        anonymise.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button compact = new Button("Compact the data file");
        compact.setId("retention-compact");
        compact.setOnAction(e -> compact());
        HBox actions = new HBox(8, refresh, anonymise, delete, compact, summary);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(10, title, policy, periods, table, actions);
        content.getStyleClass().add("pane-right");
        setCenter(content);
        reload();
    }

    private static Spinner<Integer> years(String id) {
        Spinner<Integer> s = new Spinner<>(1, 100, 6);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(80);
        return s;
    }

    private record Review(RetentionPolicy policy, List<RetentionItem> items) {
    }

    /** Reads the periods and lists what is past them, in the background. */
    public void reload() {
        state.background().run(state.owner(), "Could not review the retention periods", () -> {
            Retention r = state.desk().retention();
            return new Review(r.policy(), r.review());
        }, review -> {
            caseYears.getValueFactory().setValue(review.policy().closedCaseYears());
            memberYears.getValueFactory().setValue(review.policy().memberYears());
            workloadYears.getValueFactory().setValue(review.policy().workloadYears());
            items.setAll(review.items());
            summary.setText(review.items().size() + (review.items().size() == 1 ? " record is" : " records are")
                    + " past the retention period.");
        });
    }

    private void savePeriods() {
        RetentionPolicy p = new RetentionPolicy(caseYears.getValue(), memberYears.getValue(), workloadYears.getValue());
        state.background().run(state.owner(), "Could not save the retention periods", () -> {
            state.desk().settings().saveRetention(p);
            return null;
        }, done -> reload());
    }

    private void remove(Retention.Removal how) {
        List<RetentionItem> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.isEmpty()) {
            return;
        }
        boolean delete = how == Retention.Removal.DELETE;
        String header = (delete ? "Delete " : "Anonymise ") + chosen.size()
                + (chosen.size() == 1 ? " record" : " records") + " past the retention period?";
        String detail = delete
                ? "Deleting removes each record and everything on it (a member's cases, timelines, deadlines and "
                        + "workload records) from the data file. It cannot be undone, except from a backup."
                : "Anonymising replaces names, membership numbers, contact details and notes with placeholders; "
                        + "case types, dates and figures stay for statistics. It cannot be undone, except from a backup.";
        if (!Alerts.confirm(state.owner(), header, detail + "\n\nThe audit trail records that this was done.",
                delete ? "Delete" : "Anonymise")) {
            return;
        }
        state.background().run(state.owner(), "Could not apply the retention policy",
                () -> state.desk().retention().remove(chosen, how), n -> {
                    state.reloadAll();
                    reload();
                    Alerts.info(state.owner(), n + (n == 1 ? " record " : " records ") + (delete ? "deleted" : "anonymised"),
                            List.of("Compact the data file to clear the space they used, so nothing of them remains."));
                });
    }

    private void compact() {
        state.background().run(state.owner(), "Could not compact the data file", () -> {
            state.desk().retention().compact();
            return null;
        }, done -> Alerts.info(state.owner(), "Data file compacted",
                List.of("Deleted data no longer remains in the file's free space.")));
    }
}
