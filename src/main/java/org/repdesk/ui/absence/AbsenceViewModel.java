package org.repdesk.ui.absence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.AttendanceStrip;
import org.repdesk.model.AttendanceTriggers;
import org.repdesk.model.Member;
import org.repdesk.model.WorkingPattern;
import org.repdesk.report.AttendanceWords;
import org.repdesk.report.Dates;
import org.repdesk.service.AbsenceService;
import org.repdesk.ui.Leaving;

/**
 * A member's absence record on screen: the list, the form for one absence, the working pattern,
 * and the calculation for a chosen date shown both ways, with a what-if and the strip picture.
 * Store work goes through the {@link Runner}; the calculation itself is pure and runs at once.
 */
public final class AbsenceViewModel {

    /** Runs store work away from the screen and hands the result back on it (tests run it at once). */
    public interface Runner {
        <T> void run(String failure, Job<T> job, Consumer<T> done);
    }

    /** Store work. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    /** Asks the rep to confirm a deletion, or throwing away what they typed (a dialog in the app, an answer in tests). */
    @FunctionalInterface
    public interface Confirm {
        boolean ask(String question, String detail);
    }

    /** One line of the list: the absence, what it costs and when it leaves the window. */
    public record Row(Absence absence, double daysLost, LocalDate dropsOutOn) {
        public String flags() {
            List<String> f = new ArrayList<>();
            if (absence.countsAsDisabilityRelated()) {
                f.add(Messages.text("absence.field.disabilityRelated"));
            }
            if (absence.countsAsPregnancyRelated()) {
                f.add(Messages.text("absence.field.pregnancyRelated"));
            }
            if (absence.countsAsWorkRelated()) {
                f.add(Messages.text("absence.field.workRelated"));
            }
            if (absence.fitNote()) {
                f.add(Messages.text("absence.field.fitNote"));
            }
            return String.join(", ", f);
        }
    }

    /** What the form for one absence holds, to tell whether the rep typed anything since it was shown. */
    private record Typed(LocalDate firstDay, LocalDate lastDay, boolean partDay, String hours, AbsenceReason reason,
            boolean disabilityRelated, boolean pregnancyRelated, boolean workRelated, boolean fitNote) {

        static final Typed EMPTY = new Typed(null, null, false, "", AbsenceReason.OTHER, false, false, false, false);
    }

    /** The working pattern's fields as last read from the store: anything else was typed since and not saved. */
    private record PatternTyped(Set<DayOfWeek> days, String hoursPerWeek, LocalDate warningOn) {
    }

    private record Loaded(WorkingPattern pattern, boolean ownPattern, List<Absence> absences,
            AttendanceTriggers calculator) {
    }

    private final AbsenceService service;
    private final Runner runner;

    private final ObjectProperty<Member> member = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper patternNote = new ReadOnlyStringWrapper("");

    // the form for one absence
    private final ObjectProperty<Absence> editing = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final BooleanProperty partDay = new SimpleBooleanProperty();
    private final StringProperty hours = new SimpleStringProperty("");
    private final ObjectProperty<AbsenceReason> reason = new SimpleObjectProperty<>(AbsenceReason.OTHER);
    private final BooleanProperty disabilityRelated = new SimpleBooleanProperty();
    private final BooleanProperty pregnancyRelated = new SimpleBooleanProperty();
    private final BooleanProperty workRelated = new SimpleBooleanProperty();
    private final BooleanProperty fitNote = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper formProblems = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    /** What each date field says of text typed in it that is not a date ("" when none): typed all the same. */
    private final StringProperty firstDayTypedProblem = new SimpleStringProperty("");
    private final StringProperty lastDayTypedProblem = new SimpleStringProperty("");
    /** The form as it was last shown empty or with a recorded absence: anything else was typed since. */
    private final ObjectProperty<Typed> shown = new SimpleObjectProperty<>(Typed.EMPTY);
    /** Something typed in the form for one absence. */
    private final BooleanBinding formTyped;
    /** Something typed in the working pattern and not saved. */
    private final BooleanBinding patternTyped;
    private final BooleanBinding unsaved;
    /**
     * Counts the times the form is filled afresh (New, an absence chosen, after Add or Delete), for the
     * view to put each date field's text back to the form's date: a field holding text that is not a
     * date yet has no date, so a form emptied again (no date to none) tells it nothing by its date.
     */
    private final javafx.beans.property.ReadOnlyIntegerWrapper filled = new javafx.beans.property.ReadOnlyIntegerWrapper();

    // the working pattern
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final StringProperty hoursPerWeek = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> warningOn = new SimpleObjectProperty<>();
    private final StringProperty warningOnTypedProblem = new SimpleStringProperty("");
    /** The pattern as last read from the store; null until it has been. */
    private final ObjectProperty<PatternTyped> patternShown = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper patternProblems = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSavePattern;

    // the calculation
    private final ObjectProperty<LocalDate> onDate = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AttendanceTriggers.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttendanceStrip> strip = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper triggerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper asWrittenText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper withoutText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper underAgainText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<LocalDate> whatIfFrom = new SimpleObjectProperty<>();
    private final StringProperty whatIfDays = new SimpleStringProperty("2");
    private final ReadOnlyStringWrapper whatIfText = new ReadOnlyStringWrapper("");

    private WorkingPattern pattern;
    private List<Absence> absences = List.of();
    private AttendanceTriggers calculator;

    public AbsenceViewModel(AbsenceService service, Runner runner) {
        this.service = service;
        this.runner = runner;
        for (DayOfWeek d : DayOfWeek.values()) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, a, b) -> checkPattern());
            days.put(d, p);
        }
        hoursPerWeek.addListener((o, a, b) -> checkPattern());
        warningOn.addListener((o, a, b) -> checkPattern());
        for (javafx.beans.Observable field : List.of(firstDay, lastDay, partDay, hours, reason)) {
            field.addListener(o -> checkForm());
        }
        canSave = Bindings.createBooleanBinding(() -> member.get() != null && firstDay.get() != null
                && formProblems.get().isEmpty(), member, firstDay, formProblems);
        formTyped = Bindings.createBooleanBinding(() -> !typed().equals(shown.get())
                || !firstDayTypedProblem.get().isEmpty() || !lastDayTypedProblem.get().isEmpty(),
                firstDay, lastDay, partDay, hours, reason, disabilityRelated, pregnancyRelated, workRelated, fitNote,
                shown, firstDayTypedProblem, lastDayTypedProblem);
        List<javafx.beans.Observable> patternFields = new ArrayList<>(days.values());
        patternFields.addAll(List.of(hoursPerWeek, warningOn, warningOnTypedProblem, patternShown));
        patternTyped = Bindings.createBooleanBinding(() -> patternShown.get() != null
                && (!patternTyped().equals(patternShown.get()) || !warningOnTypedProblem.get().isEmpty()),
                patternFields.toArray(javafx.beans.Observable[]::new));
        unsaved = formTyped.or(patternTyped);
        canSavePattern = Bindings.createBooleanBinding(() -> member.get() != null && patternProblems.get().isEmpty(),
                member, patternProblems);
        onDate.addListener((o, a, b) -> calculate());
        whatIfFrom.addListener((o, a, b) -> whatIf());
        whatIfDays.addListener((o, a, b) -> whatIf());
        selected.addListener((o, a, row) -> {
            if (row != null && !holds(row)) { // the row the form holds already: its typing stays
                edit(row.absence());
            }
        });
    }

    /** Shows {@code m}'s record, calculated on today (the service's clock); the rep may choose another day. */
    public void show(Member m) {
        LocalDate today = service.today();
        member.set(m);
        patternShown.set(null); // this member's pattern, as read, fills the fields
        onDate.set(today);
        whatIfFrom.set(today.plusDays(1));
        startNew();
        reload();
    }

    private void reload() {
        Member m = member.get();
        if (m == null) {
            return;
        }
        runner.run(Messages.text("absence.ui.failedRead"), () -> new Loaded(service.pattern(m.id()),
                service.hasOwnPattern(m.id()), service.ofMember(m.id()), service.calculator()), loaded -> {
                    if (m.equals(member.get())) {
                        loaded(loaded);
                    }
                });
    }

    private void loaded(Loaded loaded) {
        // Read again after an absence is added, changed or deleted: pattern changes typed and not saved
        // stay in the fields (the calculation uses the pattern saved until they are).
        boolean keepTyped = patternTyped.get();
        pattern = loaded.pattern();
        absences = loaded.absences();
        calculator = loaded.calculator();
        if (!keepTyped) {
            for (DayOfWeek d : DayOfWeek.values()) {
                days.get(d).set(pattern.worksOn(d));
            }
            hoursPerWeek.set(plain(pattern.hoursPerWeek()));
            warningOn.set(pattern.warningOn());
        }
        patternShown.set(asRead(pattern));
        patternNote.set(loaded.ownPattern() ? "" : Messages.text("absence.ui.patternAssumed"));
        List<Row> list = new ArrayList<>();
        for (Absence a : absences) {
            list.add(new Row(a, calculator.daysLost(a, pattern), calculator.dropsOutOn(a.lastDay())));
        }
        rows.setAll(list);
        checkForm();
        calculate();
    }

    // --- the form ---

    public void startNew() {
        selected.set(null);
        editing.set(null);
        firstDay.set(null);
        lastDay.set(null);
        partDay.set(false);
        hours.set("");
        reason.set(AbsenceReason.OTHER);
        disabilityRelated.set(false);
        pregnancyRelated.set(false);
        workRelated.set(false);
        fitNote.set(false);
        formProblems.set("");
        shown.set(Typed.EMPTY);
        filled.set(filled.get() + 1);
    }

    public void edit(Absence a) {
        editing.set(a);
        firstDay.set(a.firstDay());
        lastDay.set(a.lastDay());
        partDay.set(a.isPartDay());
        hours.set(a.isPartDay() ? plain(a.hours()) : "");
        reason.set(a.reason());
        disabilityRelated.set(a.disabilityRelated());
        pregnancyRelated.set(a.pregnancyRelated());
        workRelated.set(a.workRelated());
        fitNote.set(a.fitNote());
        shown.set(typed());
        filled.set(filled.get() + 1);
        checkForm();
    }

    private Typed typed() {
        return new Typed(firstDay.get(), lastDay.get(), partDay.get(), hours.get() == null ? "" : hours.get().strip(),
                reason.get(), disabilityRelated.get(), pregnancyRelated.get(), workRelated.get(), fitNote.get());
    }

    private static PatternTyped asRead(WorkingPattern p) {
        return new PatternTyped(daysWhere(p::worksOn), plain(p.hoursPerWeek()), p.warningOn());
    }

    private static Set<DayOfWeek> daysWhere(java.util.function.Predicate<DayOfWeek> works) {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (works.test(d)) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    /** The working pattern's fields as they are, the hours as a number where they read as one ("37.0" is "37"). */
    private PatternTyped patternTyped() {
        Double h = number(hoursPerWeek.get());
        return new PatternTyped(daysWhere(d -> days.get(d).get()), h != null ? plain(h) : hoursPerWeek.get() == null ? ""
                : hoursPerWeek.get().strip(), warningOn.get());
    }

    /**
     * Before the window closes (Esc, Ctrl+W, its close box, the main window closing): true at once when
     * nothing is typed, in the form since it was shown empty or with a recorded absence or in the
     * working pattern since it was read; otherwise {@code discard} asks the rep, and true means they
     * chose to throw it away.
     */
    public boolean mayClose(Confirm discard) {
        return mayClose(discard, Leaving.WINDOW);
    }

    /**
     * As {@link #mayClose(Confirm)}, told {@code why} the window closes: when RepDesk does (its main window
     * closing, quitting) the question says Discard closes RepDesk, not only the window; when the main window
     * goes to another desk, that Discard goes there.
     */
    public boolean mayClose(Confirm discard, Leaving why) {
        Details detail = Details.of(why);
        boolean form = formTyped.get();
        boolean workingPattern = patternTyped.get();
        if (!form && !workingPattern) {
            return true;
        }
        if (!form) {
            return discard.ask(Messages.text("absence.ui.close.questionPattern", Map.of("name", memberName())),
                    Messages.text(detail.pattern()));
        }
        return discard.ask(formQuestion(), Messages.text(editing.get() == null
                ? (workingPattern ? detail.alsoPattern() : detail.typed())
                : (workingPattern ? detail.changesAlsoPattern() : detail.changes())));
    }

    /** What the question says Discard does, by why the window closes: whole keys, each one greppable. */
    private record Details(String typed, String changes, String pattern, String alsoPattern,
            String changesAlsoPattern) {
        static Details of(Leaving why) {
            return switch (why) {
                case WINDOW -> new Details("absence.ui.close.detail", "absence.ui.close.detailChanges",
                        "absence.ui.close.detailPattern", "absence.ui.close.detailAlsoPattern",
                        "absence.ui.close.detailChangesAlsoPattern");
                case APP -> new Details("absence.ui.quit.detail", "absence.ui.quit.detailChanges",
                        "absence.ui.quit.detailPattern", "absence.ui.quit.detailAlsoPattern",
                        "absence.ui.quit.detailChangesAlsoPattern");
                case TO_CASEBOOK -> new Details("absence.ui.toCasebook.detail", "absence.ui.toCasebook.detailChanges",
                        "absence.ui.toCasebook.detailPattern", "absence.ui.toCasebook.detailAlsoPattern",
                        "absence.ui.toCasebook.detailChangesAlsoPattern");
                case TO_OWN_FILE -> new Details("absence.ui.toOwnFile.detail", "absence.ui.toOwnFile.detailChanges",
                        "absence.ui.toOwnFile.detailPattern", "absence.ui.toOwnFile.detailAlsoPattern",
                        "absence.ui.toOwnFile.detailChangesAlsoPattern");
            };
        }
    }

    /** The question before the form's typing goes: an absence typed, or a recorded one's changes. */
    private String formQuestion() {
        Absence a = editing.get();
        return a == null ? Messages.text("absence.ui.close.question", Map.of("name", memberName()))
                : Messages.text("absence.ui.close.questionChanges", Map.of("name", memberName(),
                        "first", Dates.uk(a.firstDay())));
    }

    /** The member named: closing the main window asks of every absence window open, over the main window. */
    private String memberName() {
        return member.get() == null ? "" : member.get().shownName();
    }

    /** The form holds {@code row}'s absence (changed or not). */
    private boolean holds(Row row) {
        Absence a = editing.get();
        return a != null && a.id().equals(row.absence().id());
    }

    /** The list's row of the absence the form holds, or null (a new one, or none in the list now). */
    public Row rowOfTheForm() {
        return rows.stream().filter(this::holds).findFirst().orElse(null);
    }

    /**
     * The rep chose {@code row} in the list (null: the list let go of its choice, and the form keeps what
     * it holds). Shown in the form, unless something typed in the form would be lost: then
     * {@code discard} asks first, and false (Keep editing) leaves the form, and the choice, as they were.
     */
    public boolean choose(Row row, Confirm discard) {
        if (row != null && !holds(row) && formTyped.get() && !askToReplace(discard)) {
            return false;
        }
        selected.set(row);
        return true;
    }

    /** New: the form emptied for another absence, once {@code discard} says what was typed in it may go. */
    public boolean newAbsence(Confirm discard) {
        if (formTyped.get() && !askToReplace(discard)) {
            return false;
        }
        startNew();
        return true;
    }

    /** The question before the form's typing is replaced: as on closing, but Discard closes nothing. */
    private boolean askToReplace(Confirm discard) {
        return discard.ask(formQuestion(), Messages.text(editing.get() == null
                ? "absence.ui.replace.detail" : "absence.ui.replace.detailChanges"));
    }

    /** The absence the form describes, or null when it cannot be read; problems go to {@link #formProblemsProperty}. */
    private Absence draft(List<String> problems) {
        Member m = member.get();
        if (m == null || firstDay.get() == null) {
            return null;
        }
        Double h = null;
        if (partDay.get()) {
            h = number(hours.get());
            if (h == null) {
                problems.add(Messages.text("absence.ui.hoursNumber"));
                return null;
            }
        }
        LocalDate last = partDay.get() || lastDay.get() == null ? firstDay.get() : lastDay.get();
        Absence current = editing.get();
        return new Absence(current == null ? java.util.UUID.randomUUID() : current.id(), m.id(), firstDay.get(), last, h,
                reason.get(), disabilityRelated.get(), pregnancyRelated.get(), workRelated.get(), fitNote.get());
    }

    private void checkForm() {
        List<String> problems = new ArrayList<>();
        Absence a = draft(problems);
        if (a != null && pattern != null) {
            problems.addAll(a.problems(pattern));
            if (problems.isEmpty()) {
                for (Absence other : absences) {
                    if (!other.id().equals(a.id()) && other.overlaps(a)) {
                        problems.add(Messages.text("absence.problem.overlaps", Map.of("first",
                                other.firstDay().toString(), "last", other.lastDay().toString())));
                        break;
                    }
                }
            }
        }
        formProblems.set(String.join(" ", problems));
    }

    /** Adds or changes the absence in the form (the service checks again, in its transaction). */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Absence a = draft(new ArrayList<>());
        boolean isNew = editing.get() == null;
        runner.run(Messages.text("absence.ui.failedSave"), () -> isNew ? service.add(a) : service.edit(a), saved -> {
            status.set(Messages.text(isNew ? "absence.ui.added" : "absence.ui.changed",
                    Map.of("first", Dates.uk(saved.firstDay()))));
            startNew();
            reload();
        });
    }

    /** Deletes the absence in the form once the rep confirms. */
    public void delete(Confirm confirm) {
        Absence a = editing.get();
        if (a == null) {
            return;
        }
        if (!confirm.ask(Messages.text("absence.ui.deleteQuestion", Map.of("first", Dates.uk(a.firstDay()),
                "last", Dates.uk(a.lastDay()))), Messages.text("absence.ui.deleteDetail"))) {
            return;
        }
        runner.run(Messages.text("absence.ui.failedSave"), () -> {
            service.delete(a.id());
            return a;
        }, gone -> {
            status.set(Messages.text("absence.ui.deleted", Map.of("first", Dates.uk(gone.firstDay()))));
            startNew();
            reload();
        });
    }

    // --- the working pattern ---

    private WorkingPattern patternDraft() {
        Member m = member.get();
        Double h = number(hoursPerWeek.get());
        if (m == null || h == null) {
            return null;
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, p) -> {
            if (p.get()) {
                chosen.add(d);
            }
        });
        return new WorkingPattern(m.id(), chosen, h, warningOn.get());
    }

    private void checkPattern() {
        WorkingPattern p = patternDraft();
        if (p == null) {
            patternProblems.set(member.get() == null ? "" : Messages.text("absence.problem.hoursPerWeek"));
            return;
        }
        patternProblems.set(String.join(" ", p.problems()));
    }

    public void savePattern() {
        if (!canSavePattern.get()) {
            return;
        }
        WorkingPattern p = patternDraft();
        runner.run(Messages.text("absence.ui.failedSave"), () -> service.savePattern(p), saved -> {
            status.set(Messages.text("absence.ui.patternSaved"));
            reload();
        });
    }

    // --- the calculation ---

    private void calculate() {
        LocalDate on = onDate.get();
        if (calculator == null || on == null) {
            return;
        }
        AttendanceTriggers.Result r = calculator.on(on, pattern, absences);
        result.set(r);
        strip.set(AttendanceStrip.of(calculator, pattern, absences, r));
        triggerText.set(AttendanceWords.UK.trigger(r));
        asWrittenText.set(AttendanceWords.UK.asWritten(r));
        withoutText.set(AttendanceWords.UK.withoutDisabilityRelated(r));
        underAgainText.set(AttendanceWords.UK.underAgain(r));
        whatIf();
    }

    private void whatIf() {
        LocalDate from = whatIfFrom.get();
        Double n = number(whatIfDays.get());
        if (calculator == null || onDate.get() == null || from == null || n == null || n < 1 || n > 365
                || n != Math.rint(n)) {
            whatIfText.set(from == null || calculator == null ? "" : Messages.text("absence.ui.whatIfDaysWrong"));
            return;
        }
        Member m = member.get();
        LocalDate last = calculator.lastDayOf(pattern, from, n.intValue());
        Absence extra = Absence.of(m.id(), from, last, null, AbsenceReason.OTHER, false, false, false, false);
        AttendanceTriggers.Result r = calculator.whatIf(onDate.get(), pattern, absences, extra);
        whatIfText.set(Messages.text("absence.ui.whatIf", Map.of("n", n.intValue(), "from", Dates.uk(from),
                "last", Dates.uk(last), "line", AttendanceWords.UK.asWritten(r), "without",
                AttendanceWords.UK.withoutDisabilityRelated(r))));
    }

    private static Double number(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}(\\.\\d+)?|\\.\\d+")) {
            return null;
        }
        return Double.valueOf(text.strip());
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    // --- properties for the view ---

    public ObjectProperty<Member> memberProperty() {
        return member;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Absence> editingProperty() {
        return editing;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty patternNoteProperty() {
        return patternNote.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public BooleanProperty partDayProperty() {
        return partDay;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObjectProperty<AbsenceReason> reasonProperty() {
        return reason;
    }

    public BooleanProperty disabilityRelatedProperty() {
        return disabilityRelated;
    }

    public BooleanProperty pregnancyRelatedProperty() {
        return pregnancyRelated;
    }

    public BooleanProperty workRelatedProperty() {
        return workRelated;
    }

    public BooleanProperty fitNoteProperty() {
        return fitNote;
    }

    /** The first day's field's word on text typed that is not a date (the view binds it); "" otherwise. */
    public StringProperty firstDayTypedProblemProperty() {
        return firstDayTypedProblem;
    }

    public StringProperty lastDayTypedProblemProperty() {
        return lastDayTypedProblem;
    }

    /**
     * The form holds something typed and not yet added (or, for a recorded absence, not yet saved),
     * or the working pattern holds changes not saved, text in a date field that is not a date
     * included: closing the window asks first.
     */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    /** Changes each time the form is filled afresh: its date fields then show its dates, whatever they held. */
    public javafx.beans.property.ReadOnlyIntegerProperty filledProperty() {
        return filled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formProblemsProperty() {
        return formProblems.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanProperty worksOnProperty(DayOfWeek day) {
        return days.get(day);
    }

    public StringProperty hoursPerWeekProperty() {
        return hoursPerWeek;
    }

    public ObjectProperty<LocalDate> warningOnProperty() {
        return warningOn;
    }

    /** The warning date's field's word on text typed that is not a date (the view binds it); "" otherwise. */
    public StringProperty warningOnTypedProblemProperty() {
        return warningOnTypedProblem;
    }

    public ReadOnlyStringProperty patternProblemsProperty() {
        return patternProblems.getReadOnlyProperty();
    }

    public BooleanBinding canSavePatternProperty() {
        return canSavePattern;
    }

    public ObjectProperty<LocalDate> onDateProperty() {
        return onDate;
    }

    public ReadOnlyObjectProperty<AttendanceTriggers.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttendanceStrip> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty triggerTextProperty() {
        return triggerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty asWrittenTextProperty() {
        return asWrittenText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty withoutTextProperty() {
        return withoutText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty underAgainTextProperty() {
        return underAgainText.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> whatIfFromProperty() {
        return whatIfFrom;
    }

    public StringProperty whatIfDaysProperty() {
        return whatIfDays;
    }

    public ReadOnlyStringProperty whatIfTextProperty() {
        return whatIfText.getReadOnlyProperty();
    }
}
