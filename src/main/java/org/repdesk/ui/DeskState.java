package org.repdesk.ui;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;

/**
 * What the screens show, held once: the members and the cases list. Views filter and sort these
 * lists; after a save a view asks for the affected rows to be reloaded, and every view follows.
 */
public final class DeskState {

    private final RepDesk desk;
    private final Background background;
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final ObservableList<CaseListRow> caseRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    // -1 until counted
    private final ReadOnlyIntegerWrapper memberCount = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper caseCount = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper passphraseProtected = new ReadOnlyBooleanWrapper(false);
    private Window owner;
    private final Dialogs dialogs;
    private final org.repdesk.service.DeskPreferences preferences;
    private FirstRead firstRead; // used by the first screen's reloads, then dropped
    private final RepName repName;

    public DeskState(RepDesk desk, Background background) {
        this(desk, background, null);
    }

    /** With what was read while the window was being built ({@code firstRead} may be null). */
    public DeskState(RepDesk desk, Background background, FirstRead firstRead) {
        this(desk, background, firstRead, null, forThisSession());
    }

    /** The preferences of a test's state and window: remembered for this session only, never written. */
    static org.repdesk.service.DeskPreferences forThisSession() {
        return org.repdesk.service.DeskPreferences.forThisSession();
    }

    /**
     * With the dialogs the screens ask and tell the rep through (null: windows over {@link #owner()})
     * and this rep's preferences on this computer.
     */
    public DeskState(RepDesk desk, Background background, FirstRead firstRead, Dialogs dialogs,
            org.repdesk.service.DeskPreferences preferences) {
        this.dialogs = dialogs != null ? dialogs : new FxDialogs(() -> owner);
        this.preferences = preferences;
        this.desk = desk;
        this.background = background;
        this.firstRead = firstRead;
        this.repName = new RepName(desk::settings, org.repdesk.ui.papers.Runner.of(this, this::owner), show -> {
            if (this.firstRead == null) {
                return false;
            }
            showFirstOr(FirstRead::repName, () -> desk.settings().repName(), Messages.text("name.notice.failed"), show);
            return true;
        });
        // While the lists are being read the counts come from COUNT queries; after, they follow the lists.
        members.addListener((javafx.beans.Observable o) -> {
            if (!loading.get()) {
                memberCount.set(members.size());
            }
        });
        caseRows.addListener((javafx.beans.Observable o) -> {
            if (!loading.get()) {
                caseCount.set(caseRows.size());
            }
        });
        this.passphraseProtected.set(desk.protection().isProtected());
    }

    /** True while the data file is protected with a passphrase (shown beside the navigation). */
    public ReadOnlyBooleanProperty passphraseProtectedProperty() {
        return passphraseProtected.getReadOnlyProperty();
    }

    /**
     * Before writing a document or export (plain text by nature) from a protected file: the rep
     * says yes to plain text each time, knowing where it may end up. Always true for a plain file.
     */
    public boolean plainTextAllowed(String what) {
        if (!passphraseProtected.get()) {
            return true;
        }
        return dialogs.confirm(org.repdesk.i18n.Messages.text("shell.plainText.header", what),
                org.repdesk.i18n.Messages.text("shell.plainText.detail", what),
                org.repdesk.i18n.Messages.text("shell.plainText.action"));
    }

    /** After the passphrase was set, changed or removed. */
    void protectionChanged() {
        passphraseProtected.set(desk.protection().isProtected());
    }

    /** The rep's name as the file holds it, one for the window: the welcome, Settings and the dashboard follow it. */
    public RepName repName() {
        return repName;
    }

    public RepDesk desk() {
        return desk;
    }

    public Background background() {
        return background;
    }

    /** Where the screens confirm, inform, warn and choose files (a stand-in in tests). */
    public Dialogs dialogs() {
        return dialogs;
    }

    /** This rep's preferences on this computer (language, theme, text size, window). */
    public org.repdesk.service.DeskPreferences preferences() {
        return preferences;
    }

    public Window owner() {
        return owner;
    }

    void setOwner(Window owner) {
        this.owner = owner;
    }

    public ObservableList<Member> members() {
        return members;
    }

    public ObservableList<CaseListRow> caseRows() {
        return caseRows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How many members the file holds: counted at start, then the members list's size. */
    public ReadOnlyIntegerProperty memberCountProperty() {
        return memberCount.getReadOnlyProperty();
    }

    /** How many cases the file holds: counted at start, then the cases list's size; -1 until known. */
    public ReadOnlyIntegerProperty caseCountProperty() {
        return caseCount.getReadOnlyProperty();
    }

    /**
     * Counts members and cases (two COUNT queries, quick on any file), so the status line is right
     * before the lists are read; at start-up the main window asks for this first.
     */
    public void reloadCounts() {
        if (desk.figuresOnly()) {
            return; // a casebook's reader: no member or case rows to count (nor any to be refused)
        }
        showFirstOr(FirstRead::counts, () -> FirstRead.Counts.of(desk), Messages.text("screens.failed.readFile"), this::showCounts);
    }

    private void showCounts(FirstRead.Counts c) {
        if (loading.get()) {
            memberCount.set(c.members());
            caseCount.set(c.cases());
        }
    }

    /**
     * Shows one part of what was read at start-up: at once when it is in (so in the window's first
     * frame), else as soon as it arrives, without the store worker (held until the first frame, see
     * {@link Background#holdWorker}); if that reading failed, {@code query} reads it again on the
     * worker and a second failure is told. Once the first screen is shown, from {@code query} on the
     * worker, as any reload.
     */
    <T> void showFirstOr(java.util.function.Function<FirstRead, java.util.concurrent.CompletableFuture<T>> part,
            Background.Job<T> query, String failureHeader, java.util.function.Consumer<T> show) {
        T ready = FirstRead.ifRead(firstRead, part);
        if (ready != null) {
            show.accept(ready);
            return;
        }
        if (firstRead == null) {
            background.run(owner, failureHeader, query, show);
            return;
        }
        part.apply(firstRead).whenComplete((read, failed) -> javafx.application.Platform.runLater(() -> {
            if (failed == null) {
                show.accept(read);
            } else {
                background.run(owner, failureHeader, query, show);
            }
        }));
    }

    /** After the first screen is shown: what was read at start would be stale for any later screen. */
    void firstScreenShown() {
        firstRead = null;
    }

    /** The lists are about to be read: counts come from COUNT queries until they are. */
    void markLoading() {
        loading.set(true);
    }

    /** Loads members and cases in the background; the lists update together when both are read. */
    public void reloadAll() {
        if (desk.figuresOnly()) {
            loading.set(false); // a casebook's reader reads figures only: the lists stay empty
            return;
        }
        loading.set(true);
        record Both(List<Member> members, List<CaseListRow> rows) {
        }
        // The newest screenful first, so the list is there at once; the whole list replaces it when
        // read. Only when the list is empty: on F5 or after an import the rows shown stay until replaced.
        if (caseRows.isEmpty()) {
            background.run(owner, Messages.text("screens.failed.readFile"),
                    () -> desk.cases().firstRows(org.repdesk.service.CaseService.FIRST_SCREENFUL),
                    first -> {
                        if (loading.get() && caseRows.isEmpty()) {
                            caseRows.setAll(first);
                        }
                    });
        }
        background.run(owner, Messages.text("screens.failed.readFile"),
                () -> {
                    // Sorted by name (see Tables.byName) on the other core while the cases are read.
                    List<Member> read = desk.members().all();
                    var byName = java.util.concurrent.CompletableFuture.supplyAsync(() -> Tables.byName(read, Member::shownName, Member::membershipNumber));
                    List<CaseListRow> rows = desk.cases().listRows(read); // its members' ids and names held once
                    return new Both(byName.join(), rows);
                },
                both -> {
                    members.setAll(both.members());
                    caseRows.setAll(both.rows());
                    finishLoading();
                }, this::finishLoading);
    }

    private void finishLoading() {
        loading.set(false);
        memberCount.set(members.size());
        caseCount.set(caseRows.size());
    }

    public void reloadMembers() {
        background.run(owner, Messages.text("screens.failed.readMembers"), () -> Tables.byName(desk.members().all(), Member::shownName, Member::membershipNumber),
                members::setAll);
    }

    /** Re-reads one case's list row (after a save), adding, replacing or removing it. */
    public void reloadCase(UUID caseId) {
        reloadCase(caseId, () -> { });
    }

    /** As {@link #reloadCase(UUID)}, then runs {@code then} on the FX thread. */
    public void reloadCase(UUID caseId, Runnable then) {
        background.run(owner, Messages.text("cases.failed.read"), () -> desk.cases().listRow(caseId), row -> {
            int at = indexOf(caseId);
            if (row.isEmpty()) {
                if (at >= 0) {
                    caseRows.remove(at);
                }
            } else if (at >= 0) {
                caseRows.set(at, row.get());
            } else {
                caseRows.add(0, row.get());
            }
            then.run();
        });
    }

    /** Puts a saved member into the list (new, or replacing the old copy); an edited member's cases follow. */
    public void memberSaved(Member saved) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(saved.id())) {
                members.set(i, saved);
                reloadCasesOf(saved.id());
                return;
            }
        }
        members.add(saved); // a new member has no cases yet
    }

    /** After a member is renamed or moved, their cases' rows show the new details. */
    public void reloadCasesOf(UUID memberId) {
        caseRows.stream().filter(r -> r.memberId().equals(memberId)).map(CaseListRow::caseId).toList()
                .forEach(this::reloadCase);
    }

    private int indexOf(UUID caseId) {
        for (int i = 0; i < caseRows.size(); i++) {
            if (caseRows.get(i).isCase(caseId)) {
                return i;
            }
        }
        return -1;
    }
}
