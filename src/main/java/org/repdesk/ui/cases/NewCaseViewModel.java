package org.repdesk.ui.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.SearchFolding;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.Saving;
import org.repdesk.ui.papers.Runner;

/**
 * "Open a new case": the member (found by name or number as every search finds them, accents
 * folded), the type and its starting stage, the date opened, whether workload is a factor. Opening
 * runs off the FX thread; a refusal keeps the form as filled and says why.
 */
public final class NewCaseViewModel {

    private final Runner runner;
    private final Supplier<LocalDate> today;
    private final Function<CaseType, List<String>> stagesOf;
    private final UnaryOperator<CaseFile> open;

    private final StringProperty memberSearch = new SimpleStringProperty("");
    private final FilteredList<Member> matches;
    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseType> type = new SimpleObjectProperty<>(CaseType.CAPABILITY);
    private final ObservableList<String> stages = FXCollections.observableArrayList();
    private final ObjectProperty<String> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    private final StringProperty openedOnTyped = new SimpleStringProperty("");
    private final ObjectProperty<WorkloadFactor> factor = new SimpleObjectProperty<>(WorkloadFactor.YES);
    private final StringProperty account = new SimpleStringProperty("");

    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final FieldProblem memberProblem = new FieldProblem(showAll);
    private final FieldProblem stageProblem = new FieldProblem(showAll);
    private final FieldProblem openedOnProblem = new FieldProblem(showAll);
    private final FieldProblem accountProblem = new FieldProblem(showAll);
    private final ReadOnlyStringWrapper openProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canOpen = opening.getReadOnlyProperty().not();

    /**
     * @param members  the members to choose from (sorted as the rep reads them)
     * @param stagesOf the stages of a type of case, the first being where such a case starts
     * @param open     the service's opening of a case (gives it its reference)
     */
    public NewCaseViewModel(Runner runner, ObservableList<Member> members, Member forMember, Supplier<LocalDate> today,
            Function<CaseType, List<String>> stagesOf, UnaryOperator<CaseFile> open) {
        this.runner = runner;
        this.today = today;
        this.stagesOf = stagesOf;
        this.open = open;
        this.matches = new FilteredList<>(members);
        memberSearch.addListener((o, was, text) -> matches.setPredicate(m -> matches(m, text)));
        type.addListener((o, was, t) -> fillStages());
        fillStages();
        openedOn.set(today.get());
        member.set(forMember);
        member.addListener(x -> memberProblem.touch());
        stage.addListener(x -> stageProblem.touch());
        openedOn.addListener(x -> openedOnProblem.touch());
        openedOnTyped.addListener(x -> openedOnProblem.touch());
        account.addListener(x -> accountProblem.touch());
        for (Observable o : List.of(member, type, stage, openedOn, openedOnTyped, factor, account)) {
            o.addListener(x -> check());
        }
        check();
    }

    /**
     * Reads the file's (or the casebook's) stage lists on the worker, then hands over the form for
     * a new case in {@code desk}, opened by its case service.
     */
    public static void read(RepDesk desk, Runner runner, ObservableList<Member> members, Member forMember,
            Consumer<NewCaseViewModel> ready) {
        runner.run(Messages.text("cases.failed.read"), desk.settings()::stages, catalogue -> ready.accept(
                new NewCaseViewModel(runner, members, forMember, desk.cases()::today, catalogue::stagesFor,
                        desk.cases()::open)));
    }

    /** Every type's stages, one after another (so the stage choice can be made wide enough for the longest). */
    public List<String> everyStage() {
        return java.util.Arrays.stream(CaseType.values()).flatMap(t -> stagesOf.apply(t).stream()).toList();
    }

    /** True when the member's name or membership number holds {@code text}, accents and case aside. */
    public static boolean matches(Member m, String text) {
        return SearchFolding.contains(m.shownName(), text) || SearchFolding.contains(m.membershipNumber(), text);
    }

    private void fillStages() {
        List<String> list = type.get() == null ? List.of() : stagesOf.apply(type.get());
        stages.setAll(list);
        stage.set(list.isEmpty() ? null : list.get(0));
    }

    private void check() {
        memberProblem.set(member.get() == null ? Messages.text("cases.new.member.choose") : "");
        stageProblem.set(stage.get() == null ? Messages.text("field.problem.choose") : "");
        LocalDate d = openedOn.get();
        openedOnProblem.set(FieldChecks.first(openedOnTyped.get(),
                d == null ? Messages.text("field.problem.required") : "",
                d != null && d.isAfter(today.get()) ? Messages.text("cases.new.opened.future") : "",
                d != null && d.getYear() < 1970 ? Messages.text("cases.form.date.year", Map.of("year", d.getYear())) : ""));
        accountProblem.set(FieldChecks.longText(account.get(), false));
        boolean fieldsRight = List.of(memberProblem, stageProblem, openedOnProblem, accountProblem).stream()
                .noneMatch(FieldProblem::isWrong);
        valid.set(fieldsRight && draft().problems().isEmpty());
    }

    /** The case as the form holds it. */
    public CaseFile draft() {
        Member m = member.get();
        return new CaseFile(UUID.randomUUID(), null, m == null ? null : m.id(), type.get(), CaseStatus.OPEN,
                stage.get(), openedOn.get(), null, null, null, factor.get(), account.get()).tidied();
    }

    /**
     * Opens the case; {@code opened} gets it, saved, on the FX thread. False, with every problem
     * shown beside its field, when the form cannot be saved as it is.
     */
    public boolean open(Consumer<CaseFile> opened) {
        showAll.set(true);
        check();
        if (!valid.get() || opening.get()) {
            return false;
        }
        CaseFile c = draft();
        opening.set(true);
        openProblem.set("");
        Saving.run(runner, Messages.text("cases.new.not-opened"), () -> open.apply(c), result -> {
            opening.set(false);
            if (result.refusal() != null) {
                openProblem.set(result.refusal());
            } else {
                opened.accept(result.saved());
            }
        });
        return true;
    }

    public StringProperty memberSearchProperty() {
        return memberSearch;
    }

    /** The members the search text finds. */
    public ObservableList<Member> matches() {
        return matches;
    }

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObjectProperty<CaseType> typeProperty() {
        return type;
    }

    public ObservableList<String> stages() {
        return stages;
    }

    public ObjectProperty<String> stageProperty() {
        return stage;
    }

    public ObjectProperty<LocalDate> openedOnProperty() {
        return openedOn;
    }

    public StringProperty openedOnTypedProperty() {
        return openedOnTyped;
    }

    public ObjectProperty<WorkloadFactor> factorProperty() {
        return factor;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public FieldProblem memberProblem() {
        return memberProblem;
    }

    public FieldProblem stageProblem() {
        return stageProblem;
    }

    public FieldProblem openedOnProblem() {
        return openedOnProblem;
    }

    public FieldProblem accountProblem() {
        return accountProblem;
    }

    /** Why the case was not opened (the store refused it); "" otherwise. */
    public ReadOnlyStringProperty openProblemProperty() {
        return openProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Open is offered unless a case is being opened; pressed on a wrong form, it shows every problem. */
    public BooleanBinding canOpenProperty() {
        return canOpen;
    }
}
