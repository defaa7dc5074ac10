package org.repdesk.ui.protection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.report.AuditWords;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.common.Latest;
import org.repdesk.ui.papers.Runner;

/**
 * One case's or one member's audit trail, newest first: who changed what, and when. A trail asked
 * for while an earlier one is still being read replaces it (the rep moved on to another case).
 */
public final class AuditTrailViewModel {

    /** Whose trail is shown. */
    public enum Scope {
        CASE, MEMBER
    }

    private final Supplier<RepDesk> desk;
    private final Scope scope;
    private final Runner runner;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private UUID shown;
    private final Latest trailRead = new Latest();

    public AuditTrailViewModel(Supplier<RepDesk> desk, Scope scope, Runner runner) {
        this.desk = desk;
        this.scope = scope;
        this.runner = runner;
    }

    /** Reads the trail of this case or member (null clears it). */
    public void show(UUID id) {
        shown = id;
        if (id == null) {
            trailRead.forget();
            entries.clear();
            return;
        }
        runner.run(Messages.text("screens.audit.failed"),
                () -> scope == Scope.CASE ? desk.get().audit().ofCase(id) : desk.get().audit().ofMember(id),
                trailRead.ask(loaded -> {
                    List<AuditEntry> newestFirst = new ArrayList<>(loaded);
                    Collections.reverse(newestFirst);
                    entries.setAll(newestFirst);
                }));
    }

    /** Reads the trail again (after a save). */
    public void refresh() {
        show(shown);
    }

    public Scope scope() {
        return scope;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    /** When, as the table shows it: "23/11/2026 14:05", in the computer's time. */
    public static String when(AuditEntry e) {
        return AuditWords.when(e.at());
    }

    /** Who, with "(rep's name not set)" in the rep's language. */
    public static String who(AuditEntry e) {
        return AuditWords.who(e.who(), Messages.language());
    }

    /** What changed, as a sentence in the rep's language. */
    public static String what(AuditEntry e) {
        return AuditWords.what(e, Messages.language());
    }
}
