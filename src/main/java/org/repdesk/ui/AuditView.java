package org.repdesk.ui;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.protection.AuditTrailViewModel;

/**
 * The audit trail of one case or one member (everything of theirs): who changed what, and when.
 * A reusable panel: {@code new AuditView(state, AuditView.Scope.CASE)} then {@link #show(UUID)} for
 * each case shown. Notes never appear here, only that they were changed. Lays out
 * {@link AuditTrailViewModel}.
 */
public final class AuditView extends VBox {

    /** Whose trail the panel shows. */
    public enum Scope {
        CASE, MEMBER
    }

    private final AuditTrailViewModel vm;

    public AuditView(DeskState state, Scope scope) {
        this(new AuditTrailViewModel(state::desk, scope == Scope.CASE ? AuditTrailViewModel.Scope.CASE
                : AuditTrailViewModel.Scope.MEMBER, Runner.of(state, state::owner)));
    }

    /** A panel already showing one case's or member's trail. */
    public AuditView(DeskState state, Scope scope, UUID id) {
        this(state, scope);
        show(id);
    }

    public AuditView(AuditTrailViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        getStyleClass().add("audit-view");
        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId(vm.scope() == AuditTrailViewModel.Scope.CASE ? "case-audit-table" : "member-audit-table");
        table.setAccessibleText(Messages.text(vm.scope() == AuditTrailViewModel.Scope.CASE ? "a11y.audit.case"
                : "a11y.audit.member"));
        table.setPlaceholder(new Label(Messages.text("screens.audit.none")));
        // Sorted by the stored timestamp, shown as the rep writes dates ("23/11/2026 14:05").
        TableColumn<AuditEntry, Object> when = Tables.column(Messages.text("audit.col.when"), 130, AuditEntry::at);
        when.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null
                        : AuditTrailViewModel.when(getTableRow().getItem()));
            }
        });
        TableColumn<AuditEntry, Object> who = Tables.column(Messages.text("screens.audit.col.who"), 140,
                AuditTrailViewModel::who);
        TableColumn<AuditEntry, Object> what = Tables.column(Messages.text("screens.audit.col.what"), 420,
                vm::what);
        what.setCellFactory(c -> Tables.wrapping(what)); // "… stage changed from Informal stage (support and …" was cut at 1024
        // The time whole ("05/12/2…" at 1024 pixels, where the constrained table squeezed it) and a
        // long name, or "(enw'r cynrychiolydd heb ei osod)", wrapped rather than cut.
        when.setMinWidth(Math.ceil(new Text("00/00/0000 00:00").getLayoutBounds().getWidth() * 1.1) + 16);
        who.setMinWidth(120); // "cynrychiolydd" whole on its line, not broken inside the word
        who.setCellFactory(c -> Tables.wrapping(who));
        table.getColumns().addAll(List.of(when, who, what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(Messages.text("screens.audit.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(note, table);
    }

    /** Loads the trail of this case or member in the background (null clears the panel). */
    public void show(UUID id) {
        vm.show(id);
    }

    /** Reads the trail again (after a save). */
    public void refresh() {
        vm.refresh();
    }
}
