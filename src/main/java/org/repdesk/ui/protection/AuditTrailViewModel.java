package org.repdesk.ui.protection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
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
    private Map<UUID, CaseDocument> documents = Map.of();
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
        runner.run(Messages.text("screens.audit.failed"), () -> read(desk.get(), id),
                trailRead.ask(loaded -> {
                    List<AuditEntry> newestFirst = new ArrayList<>(loaded.entries());
                    Collections.reverse(newestFirst);
                    documents = loaded.documents();
                    entries.setAll(newestFirst);
                }));
    }

    /** The trail and the documents it names that are still on their cases (their titles name them). */
    private record Read(List<AuditEntry> entries, Map<UUID, CaseDocument> documents) {
    }

    private Read read(RepDesk d, UUID id) {
        List<AuditEntry> loaded = scope == Scope.CASE ? d.audit().ofCase(id) : d.audit().ofMember(id);
        Map<UUID, CaseDocument> held = new HashMap<>();
        loaded.stream().filter(e -> e.kind() == AuditEntry.Kind.DOCUMENT && e.entityId() != null)
                .map(AuditEntry::entityId).distinct()
                .forEach(documentId -> d.documents().byId(documentId).ifPresent(doc -> held.put(documentId, doc)));
        return new Read(loaded, Map.copyOf(held));
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

    /** What changed, as a sentence in the rep's language; a document named by its number and title. */
    public String what(AuditEntry e) {
        return AuditWords.what(e, Messages.language(), documents);
    }
}
