package org.repdesk.ui;

import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.repdesk.model.AuditEntry;

/**
 * The audit trail of one case or one member (everything of theirs): who changed what, and when.
 * A reusable panel: {@code new AuditView(state, AuditView.Scope.CASE)} then {@link #show(UUID)} for
 * each case shown. Notes never appear here, only that they were changed.
 */
public final class AuditView extends VBox {

    /** Whose trail the panel shows. */
    public enum Scope {
        CASE, MEMBER
    }

    private final DeskState state;
    private final Scope scope;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final TableView<AuditEntry> table = new TableView<>(entries);
    private UUID shown;

    public AuditView(DeskState state, Scope scope) {
        this.state = state;
        this.scope = scope;
        setSpacing(8);
        getStyleClass().add("audit-view");
        table.setId(scope == Scope.CASE ? "case-audit-table" : "member-audit-table");
        table.setPlaceholder(new Label("No changes recorded yet."));
        TableColumn<AuditEntry, Object> when = Tables.column("When (UTC)", 150, e -> shortTime(e.at()));
        TableColumn<AuditEntry, Object> who = Tables.column("Who", 140, AuditEntry::who);
        TableColumn<AuditEntry, Object> what = Tables.column("What", 420, AuditEntry::describe);
        table.getColumns().addAll(List.of(when, who, what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label("Who changed what, and when. Changes to notes and accounts are recorded without "
                + "their text. The trail cannot be edited.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        getChildren().addAll(note, table);
    }

    /** A panel already showing one case's or member's trail. */
    public AuditView(DeskState state, Scope scope, UUID id) {
        this(state, scope);
        show(id);
    }

    /** Loads the trail of this case or member in the background (null clears the panel). */
    public void show(UUID id) {
        shown = id;
        if (id == null) {
            entries.clear();
            return;
        }
        state.background().run(getScene() == null ? null : getScene().getWindow(), "Could not read the audit trail",
                () -> scope == Scope.CASE ? state.desk().audit().ofCase(id) : state.desk().audit().ofMember(id),
                loaded -> {
                    if (id.equals(shown)) {
                        List<AuditEntry> newestFirst = new java.util.ArrayList<>(loaded);
                        java.util.Collections.reverse(newestFirst);
                        entries.setAll(newestFirst);
                    }
                });
    }

    /** Reads the trail again (after a save). */
    public void refresh() {
        show(shown);
    }

    private static String shortTime(String at) {
        return at == null ? "" : at.replace('T', ' ').replaceAll("\\.\\d+Z$", "");
    }
}
