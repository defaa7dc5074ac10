package org.repdesk.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.CaseService;
import org.repdesk.service.DocumentService;
import org.repdesk.service.MemberService;
import org.repdesk.service.NoteDrafts;
import org.repdesk.service.SettingsService;
import org.repdesk.ui.Background;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * The case form: stage, status, manager, workload, closing date and outcome of the case shown, each
 * with what is wrong beside it; whether it holds changes ({@link #dirtyProperty()}) and may be
 * saved. A save runs off the FX thread; a save the store refuses (someone else saved the case
 * meanwhile) keeps what was typed and says why beside Save. The long fields' text is kept in the
 * data file as it is typed ({@link #keepDrafts()}), and forgotten once the case is saved. It also
 * reads the case to show ({@link #read}), says where the cases list's search text is found on it
 * ({@link #foundProperty()}) and deletes it once the rep confirms ({@link #delete}).
 */
public final class CaseFormViewModel {

    /** A case read to be shown: the case, its member and the stages of its type. */
    public record Loaded(CaseFile caseFile, Member member, List<String> stages) {
    }

    private final Runner runner;
    private final CaseService cases;
    private final MemberService members;
    private final SettingsService settings;
    private final DocumentService documents;
    private final NoteDrafts drafts;
    private final Dialogs dialogs;
    /** The cases list's search text, stripped ("" when none). */
    private final StringProperty searchText = new SimpleStringProperty("");
    /** Where on the case shown the search text was found (notes, documents); empty when nowhere. */
    private final ReadOnlyObjectWrapper<List<DocumentService.Found>> found = new ReadOnlyObjectWrapper<>(List.of());

    private final ReadOnlyObjectWrapper<CaseFile> opened = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> stages = FXCollections.observableArrayList();
    private final ObjectProperty<String> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final StringProperty manager = new SimpleStringProperty("");
    private final ObjectProperty<WorkloadFactor> factor = new SimpleObjectProperty<>();
    private final StringProperty account = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> closedOn = new SimpleObjectProperty<>();
    /** What the date field says of the text typed in it ("" when it reads as a date or is blank). */
    private final StringProperty closedOnTyped = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");

    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final FieldProblem stageProblem = new FieldProblem(showAll);
    private final FieldProblem managerProblem = new FieldProblem(showAll);
    private final FieldProblem accountProblem = new FieldProblem(showAll);
    private final FieldProblem closedOnProblem = new FieldProblem(showAll);
    private final FieldProblem outcomeProblem = new FieldProblem(showAll);
    private final FormState form = new FormState();
    /** True while the form is filled from a case: filling is not the rep touching a field. */
    private boolean filling;
    /** A draft of the case shown may be in the data file (kept since it was shown, or left by a crash). */
    private boolean draftsKept;
    private Consumer<CaseFile> onSaved = saved -> { };

    /**
     * {@code drafts}: where the long fields' text is kept as it is typed; {@code dialogs}: asks before
     * a case is deleted.
     */
    public CaseFormViewModel(Runner runner, CaseService cases, MemberService members, SettingsService settings,
            DocumentService documents, NoteDrafts drafts, Dialogs dialogs) {
        this.runner = runner;
        this.cases = cases;
        this.members = members;
        this.settings = settings;
        this.documents = documents;
        this.drafts = drafts;
        this.dialogs = dialogs;
        opened.addListener((o, was, now) -> {
            if (now == null || was == null || !now.id().equals(was.id())) {
                found.set(List.of()); // another case's places are not this one's
            }
        });
        searchText.addListener((o, was, now) -> findSearchText());
        touchOnChange(stageProblem, stage);
        touchOnChange(managerProblem, manager);
        touchOnChange(accountProblem, account, factor);
        touchOnChange(closedOnProblem, closedOn, closedOnTyped);
        touchOnChange(outcomeProblem, outcome);
        for (Observable o : List.of(stage, status, manager, factor, account, closedOn, closedOnTyped, outcome)) {
            o.addListener(x -> check());
        }
        status.addListener((o, was, now) -> {
            // Closing a case: the closing date is most often today, and the outcome is then asked for.
            if (!filling && now == CaseStatus.CLOSED && closedOn.get() == null && closedOnTyped.get().isEmpty()) {
                closedOn.set(cases.today());
            }
            if (!filling && now == CaseStatus.CLOSED) {
                outcomeProblem.touch();
            }
        });
    }

    private void touchOnChange(FieldProblem problem, Observable... fields) {
        for (Observable f : fields) {
            f.addListener(x -> {
                if (!filling) {
                    problem.touch();
                }
            });
        }
    }

    public void setOnSaved(Consumer<CaseFile> onSaved) {
        this.onSaved = onSaved;
    }

    /** Reads the case, its member and its type's stages off the FX thread, then gives them to {@code read}. */
    public void read(UUID caseId, Consumer<Loaded> read) {
        runner.run(Messages.text("cases.failed.read"), () -> {
            CaseFile c = cases.byId(caseId).orElseThrow();
            return new Loaded(c, members.byId(c.memberId()).orElseThrow(), settings.stages().stagesFor(c.type()));
        }, read);
    }

    /** Fills the form from what {@link #read} gave, and looks for the search text on the case. */
    public void show(Loaded loaded) {
        show(loaded.caseFile(), loaded.stages());
        findSearchText();
    }

    /**
     * Asks "Delete case 2026-0042?" and, once the rep confirms, deletes the case shown with its
     * timeline, deadlines and documents, clears the form and gives the case's id to {@code deleted};
     * nothing happens when the rep cancels.
     */
    public void delete(Consumer<UUID> deleted) {
        CaseFile c = opened.get();
        if (c == null || !dialogs.confirm(Messages.text("cases.delete.question", Map.of("reference", c.reference())),
                Messages.text("cases.delete.detail"), Messages.text("cases.delete.button"))) {
            return;
        }
        runner.run(Messages.text("cases.delete.failed"), () -> {
            cases.delete(c.id());
            return c.id();
        }, id -> {
            if (opened.get() != null && opened.get().id().equals(id)) {
                clear();
            }
            deleted.accept(id);
        });
    }

    /** Looks for the search text on the case shown (two letters or more), in the background. */
    private void findSearchText() {
        CaseFile c = opened.get();
        String text = searchText.get();
        if (c == null || text.length() < 2) {
            found.set(List.of());
            return;
        }
        runner.run(Messages.text("papers.failed.read"), () -> documents.whereFound(c.id(), text), hits -> {
            CaseFile now = opened.get();
            if (now != null && now.id().equals(c.id()) && text.equals(searchText.get())) {
                found.set(hits); // not a later case's or a later text's
            }
        });
    }

    /** The cases list's search text: the form says where on the case shown the words are. */
    public void setSearchText(String text) {
        searchText.set(text == null ? "" : text.strip());
    }

    /** Where the search text was found on the case shown; empty when nowhere (or no text). */
    public ReadOnlyObjectProperty<List<DocumentService.Found>> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Fills the form from {@code c}; {@code stageChoices} are the stages of its type. */
    public void show(CaseFile c, List<String> stageChoices) {
        filling = true;
        try {
            if (opened.get() == null || !opened.get().id().equals(c.id())) {
                draftsKept = false; // another case: nothing of its typing kept yet
            }
            opened.set(c);
            List<String> choices = new ArrayList<>(stageChoices);
            if (c.stage() != null && !choices.contains(c.stage())) {
                choices.add(c.stage()); // a stage since removed from the list stays visible on old cases
            }
            stages.setAll(choices);
            stage.set(c.stage());
            status.set(c.status());
            manager.set(nz(c.manager()));
            factor.set(c.workloadFactor());
            account.set(nz(c.workloadAccount()));
            closedOn.set(c.closedOn());
            closedOnTyped.set("");
            outcome.set(nz(c.outcome()));
            for (FieldProblem p : problems()) {
                p.untouch();
            }
            showAll.set(false);
            form.forgetRefusal();
        } finally {
            filling = false;
        }
        check();
    }

    /** No case shown (it was deleted, or the list no longer holds it). */
    public void clear() {
        opened.set(null);
        form.clear();
    }

    /** Puts back the case as it was opened. */
    public void revert() {
        CaseFile c = opened.get();
        if (c != null) {
            show(c, List.copyOf(stages));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private List<FieldProblem> problems() {
        return List.of(stageProblem, managerProblem, accountProblem, closedOnProblem, outcomeProblem);
    }

    /** The case as the form holds it now. */
    public CaseFile draft() {
        CaseFile c = opened.get();
        if (c == null) {
            return null;
        }
        return c.withStage(stage.get())
                .withStatus(status.get(), closedOn.get(), outcome.get())
                .withDetails(manager.get(), factor.get(), account.get())
                .tidied();
    }

    private void check() {
        CaseFile c = opened.get();
        if (filling || c == null) {
            return;
        }
        boolean closed = status.get() == CaseStatus.CLOSED;
        LocalDate closing = closedOn.get();
        stageProblem.set(FieldChecks.shortText(stage.get(), true));
        managerProblem.set(FieldChecks.shortText(manager.get(), false));
        accountProblem.set(FieldChecks.longText(account.get(), false));
        closedOnProblem.set(FieldChecks.first(closedOnTyped.get(),
                closed && closing == null ? Messages.text("cases.form.closed-on.needed") : "",
                !closed && closing != null ? Messages.text("cases.form.closed-on.not-closed") : "",
                closing != null && c.openedOn() != null && closing.isBefore(c.openedOn())
                        ? Messages.text("cases.form.closed-on.before-opened") : "",
                closing != null && (closing.getYear() < 1970 || closing.getYear() > 2100)
                        ? Messages.text("cases.form.date.year", java.util.Map.of("year", closing.getYear())) : ""));
        outcomeProblem.set(FieldChecks.first(
                closed && outcome.get().isBlank() ? Messages.text("cases.form.outcome.needed") : "",
                FieldChecks.longText(outcome.get(), false)));
        CaseFile draft = draft();
        boolean fieldsRight = problems().stream().noneMatch(FieldProblem::isWrong);
        // The model's own rules as well, so nothing the service would refuse is offered for saving.
        form.checked(fieldsRight && draft.problems().isEmpty() && status.get() != null && factor.get() != null,
                !draft.equals(c.tidied()));
    }

    /** Saves (button, Ctrl+S). */
    public boolean save() {
        return saveThen(() -> { });
    }

    /**
     * Saves, then runs {@code after} once saved; false, with every problem shown beside its field,
     * when the form cannot be saved as it is.
     */
    public boolean saveThen(Runnable after) {
        CaseFile was = opened.get();
        if (was == null) {
            return false;
        }
        showAll.set(true);
        check();
        CaseFile edited = draft();
        return form.save(runner, Messages.text("cases.form.not-saved"), () -> cases.update(was, edited), () -> {
            keepDrafts(true); // nothing to save: the typing equals the case, so nothing is left to offer back
            after.run();
        }, saved -> {
            if (opened.get() != null && opened.get().id().equals(saved.id())) {
                opened.set(saved); // anything typed while it saved stays a change
                check();
                // Saved: a kept draft (this opening's, or one a crash left) is outdated; only what was
                // typed while it saved is kept. Sent after any keep sent while it saved, so none outlives it.
                keepDrafts(true);
            } else {
                discardDrafts(saved.id());
            }
            onSaved.accept(saved);
            after.run();
        });
    }

    /**
     * Keeps the long fields' text in the data file when it differs from the case as saved, or forgets
     * it when it no longer does (called after a pause in typing), so a crash loses at most the last
     * pause; offered back at the next start (issue 17).
     */
    public void keepDrafts() {
        keepDrafts(false);
    }

    private void keepDrafts(boolean evenIfNoneKept) {
        CaseFile c = opened.get();
        if (c == null) {
            return;
        }
        String typedAccount = account.get();
        String typedOutcome = outcome.get();
        boolean differs = !typedAccount.strip().equals(nz(c.workloadAccount()).strip())
                || !typedOutcome.strip().equals(nz(c.outcome()).strip());
        if (!differs && !draftsKept && !evenIfNoneKept) {
            return; // nothing typed and nothing kept: no write each time a case is shown
        }
        draftsKept = differs;
        Background.Job<Void> keep = () -> {
            drafts.keep(c.id(), NoteDrafts.CaseField.WORKLOAD_ACCOUNT, typedAccount, c.workloadAccount());
            drafts.keep(c.id(), NoteDrafts.CaseField.OUTCOME, typedOutcome, c.outcome());
            return null;
        };
        if (evenIfNoneKept) { // after a save (Save on quitting too): the outdated copy goes before the desk closes
            runner.runBeforeClosing(Messages.text("papers.drafts.not-kept"), keep, x -> { });
        } else {
            runner.run(Messages.text("papers.drafts.not-kept"), keep, x -> { });
        }
    }

    /** Forgets the long fields' kept text of the case shown (the rep discarded the changes). */
    public void discardDrafts() {
        CaseFile c = opened.get();
        if (c != null) {
            discardDrafts(c.id());
        }
    }

    private void discardDrafts(java.util.UUID caseId) {
        if (opened.get() != null && opened.get().id().equals(caseId)) {
            draftsKept = false;
        }
        runner.runBeforeClosing(Messages.text("papers.drafts.not-kept"), () -> { // quitting: gone before the desk closes
            drafts.discardFields(caseId);
            return null;
        }, x -> { });
    }

    public ReadOnlyObjectProperty<CaseFile> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ObservableList<String> stages() {
        return stages;
    }

    public ObjectProperty<String> stageProperty() {
        return stage;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public StringProperty managerProperty() {
        return manager;
    }

    public ObjectProperty<WorkloadFactor> factorProperty() {
        return factor;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public ObjectProperty<LocalDate> closedOnProperty() {
        return closedOn;
    }

    /** The view puts here what its date field says of the text typed in it. */
    public StringProperty closedOnTypedProperty() {
        return closedOnTyped;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public FieldProblem stageProblem() {
        return stageProblem;
    }

    public FieldProblem managerProblem() {
        return managerProblem;
    }

    public FieldProblem accountProblem() {
        return accountProblem;
    }

    public FieldProblem closedOnProblem() {
        return closedOnProblem;
    }

    public FieldProblem outcomeProblem() {
        return outcomeProblem;
    }

    /** Why the last save was refused (e.g. changed elsewhere meanwhile); "" otherwise. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return form.saveProblemProperty();
    }

    /** The form holds changes not saved (the unsaved-changes question asks about these). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return form.dirtyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return form.savingProperty();
    }

    public BooleanBinding canSaveProperty() {
        return form.canSaveProperty();
    }

    public BooleanBinding canRevertProperty() {
        return form.canRevertProperty();
    }

    public boolean isDirty() {
        return form.dirtyProperty().get();
    }
}
