package org.repdesk.ui.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.repdesk.i18n.Messages;
import org.repdesk.ui.Numbers;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.ui.common.FieldProblem;

/**
 * One week's workload figures for a member, new or being corrected: each field's text, each
 * field's problem (shown once the field was touched, or all of them when Save is pressed), the
 * capacity worked out from points when the WMT report's percentage is not given, and the record to save.
 */
public final class WorkloadRecordViewModel {

    /** The form's fields, in the order they are shown. */
    public enum Field {
        WEEK_OF, CAPACITY, POINTS, CONTRACTED, REDUCTION, CASES, WORKED, UNCOUNTED
    }

    private final Member member;
    private final WorkloadRecord saved;
    private final CapacityCalculator calculator;
    private final ObjectProperty<LocalDate> weekOf = new SimpleObjectProperty<>();
    /** What the date field says of text it cannot read (empty when it reads it, or it is blank). */
    private final StringProperty weekOfTyped = new SimpleStringProperty("");
    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final BooleanProperty saveTried = new SimpleBooleanProperty();
    private final Map<Field, FieldProblem> problems = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper computed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();

    private WorkloadRecordViewModel(Member member, WorkloadRecord saved, CapacityCalculator calculator) {
        this.member = member;
        this.saved = saved;
        this.calculator = calculator;
        List<Observable> all = new ArrayList<>(List.of(weekOf, weekOfTyped));
        for (Field f : Field.values()) {
            StringProperty text = new SimpleStringProperty("");
            texts.put(f, text);
            FieldProblem problem = new FieldProblem(saveTried);
            problems.put(f, problem);
            all.add(text);
            // Typing in a field is touching it: its problem shows as the rep types, not before.
            text.addListener((o, a, b) -> problem.touch());
        }
        weekOf.addListener((o, a, b) -> touch(Field.WEEK_OF));
        weekOfTyped.addListener((o, a, b) -> touch(Field.WEEK_OF));
        all.forEach(o -> o.addListener(x -> check()));
    }

    /**
     * A new record, dated {@code today}, the member's contracted hours filled in. On a Saturday or
     * Sunday it is dated that week's Monday: a weekend date is refused, and a form opened at the
     * weekend must not start with Save greyed out for a reason the rep has not been shown.
     */
    public static WorkloadRecordViewModel forNew(Member member, LocalDate today, CapacityCalculator calculator) {
        WorkloadRecordViewModel vm = new WorkloadRecordViewModel(member, null, calculator);
        boolean weekend = today != null
                && (today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY);
        vm.weekOf.set(weekend ? today.with(DayOfWeek.MONDAY) : today);
        vm.text(Field.CONTRACTED).set(Numbers.show(member.contractedHours()));
        vm.untouch();
        return vm;
    }

    /** A saved record, to correct a mistyped figure or date (it keeps its id). */
    public static WorkloadRecordViewModel forEditing(Member member, WorkloadRecord saved, CapacityCalculator calculator) {
        WorkloadRecordViewModel vm = new WorkloadRecordViewModel(member, saved, calculator);
        vm.weekOf.set(saved.recordedOn());
        vm.text(Field.CAPACITY).set(Numbers.show(saved.capacityPercent()));
        vm.text(Field.POINTS).set(Numbers.show(saved.workloadPoints()));
        vm.text(Field.CONTRACTED).set(Numbers.show(saved.contractedHours()));
        vm.text(Field.REDUCTION).set(Numbers.show(saved.reductionHours()));
        vm.text(Field.CASES).set(saved.casesHeld() == null ? "" : String.valueOf(saved.casesHeld()));
        vm.text(Field.WORKED).set(Numbers.show(saved.hoursWorked()));
        vm.text(Field.UNCOUNTED).set(saved.uncountedWork() == null ? "" : saved.uncountedWork());
        vm.untouch();
        return vm;
    }

    private void untouch() {
        problems.values().forEach(FieldProblem::untouch);
        check();
    }

    public boolean isEditing() {
        return saved != null;
    }

    public Member member() {
        return member;
    }

    public ObjectProperty<LocalDate> weekOfProperty() {
        return weekOf;
    }

    public StringProperty weekOfTypedProblemProperty() {
        return weekOfTyped;
    }

    public StringProperty text(Field f) {
        return texts.get(f);
    }

    /** The field's problem now, shown or not. */
    public ReadOnlyStringProperty problem(Field f) {
        return problems.get(f).problemProperty();
    }

    /** The field's problem as the rep should see it: once the field was touched, or Save pressed. */
    public ReadOnlyStringProperty shownProblem(Field f) {
        return problems.get(f).shownProperty();
    }

    /** Marks a field touched (the view calls it when the field loses focus). */
    public void touch(Field f) {
        problems.get(f).touch();
    }

    /** What is wrong with the form as a whole (no figure at all, reduction over contracted hours). */
    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }

    /** "Capacity by the WMT formula: 103.4%" when worked out from points; empty otherwise. */
    public ReadOnlyStringProperty computedProperty() {
        return computed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Save pressed: every problem shows; the record when there is none. */
    public java.util.Optional<WorkloadRecord> save() {
        saveTried.set(true);
        return valid.get() ? java.util.Optional.of(record()) : java.util.Optional.empty();
    }

    /** Every problem shown now, field by field, then the form's own (for tests and the screen reader). */
    public List<String> allProblems() {
        List<String> found = new ArrayList<>();
        for (Field f : Field.values()) {
            if (problems.get(f).isWrong()) {
                found.add(problems.get(f).get());
            }
        }
        if (!formProblem.get().isEmpty()) {
            found.add(formProblem.get());
        }
        return found;
    }

    private void check() {
        problems.values().forEach(p -> p.set(""));
        problems.get(Field.WEEK_OF).set(weekProblem());
        number(Field.CAPACITY, "boards.wmt.capacity", 0, 1000, false);
        number(Field.POINTS, "boards.wmt.points", 0, 100_000, false);
        number(Field.CONTRACTED, "boards.wmt.contracted", 0.5, 60, false);
        number(Field.REDUCTION, "boards.wmt.reduction", 0, 60, false);
        number(Field.CASES, "boards.wmt.cases", 0, 2000, true);
        number(Field.WORKED, "boards.wmt.worked", 0, 120, false);
        if (texts.get(Field.UNCOUNTED).get().length() > 20_000) {
            problems.get(Field.UNCOUNTED).set(Messages.text("boards.wmt.tooLong"));
        }
        boolean fieldsFine = problems.values().stream().noneMatch(FieldProblem::isWrong);
        computed.set("");
        formProblem.set("");
        if (fieldsFine) {
            WorkloadRecord r = record();
            if (r.capacityPercent() == null && r.workloadPoints() == null && r.casesHeld() == null
                    && r.hoursWorked() == null && r.uncountedWork() == null) {
                formProblem.set(Messages.text("boards.wmt.noFigure"));
            } else if (r.contractedHours() != null && r.reductionHours() != null
                    && r.reductionHours() > r.contractedHours()) {
                problems.get(Field.REDUCTION).set(Messages.text("boards.wmt.reductionOver"));
            } else if (texts.get(Field.CAPACITY).get().isBlank() && r.capacityPercent() != null) {
                computed.set(Messages.text("boards.wmt.computed", String.format(Locale.UK, "%.1f", r.capacityPercent())));
            }
        }
        valid.set(formProblem.get().isEmpty() && problems.values().stream().noneMatch(FieldProblem::isWrong));
    }

    /** The week's date: readable, given, not a weekend day (WMT weeks are working weeks), not far off. */
    private String weekProblem() {
        if (!weekOfTyped.get().isEmpty()) {
            return Messages.text("boards.wmt.weekUnreadable");
        }
        LocalDate d = weekOf.get();
        if (d == null) {
            return Messages.text("boards.wmt.weekMissing");
        }
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Messages.text("boards.wmt.weekend", Messages.text("boards.wmt.day." + d.getDayOfWeek().name()),
                    org.repdesk.report.Dates.uk(d.with(DayOfWeek.MONDAY)));
        }
        if (d.getYear() < 2000 || d.getYear() > 2100) {
            return Messages.text("boards.wmt.weekImplausible");
        }
        return "";
    }

    private void number(Field f, String nameKey, double min, double max, boolean whole) {
        String text = texts.get(f).get();
        Double value;
        try {
            value = parse(text, f == Field.CAPACITY);
            if (whole && value != null && value != Math.rint(value)) {
                throw new NumberFormatException(text);
            }
        } catch (NumberFormatException e) {
            problems.get(f).set(Messages.text(whole ? "boards.wmt.notWhole" : f == Field.CAPACITY
                    ? "boards.wmt.notPercent" : "boards.wmt.notNumber", Messages.text(nameKey)));
            return;
        }
        if (value != null && (value < min || value > max)) {
            problems.get(f).set(Messages.text("boards.wmt.range", Messages.text(nameKey), Numbers.show(min), Numbers.show(max)));
        }
    }

    /**
     * A number typed in the form, null when blank. The capacity may end with "%", as the WMT report
     * prints it ("128%"); thousands may have commas ("1,250").
     */
    static Double parse(String text, boolean percent) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(",", "");
        if (percent && t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("[+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new NumberFormatException(text);
        }
        return Double.parseDouble(t);
    }

    /** The record the form now gives (its problems checked by {@link #validProperty()}). */
    WorkloadRecord record() {
        Double pct = parse(texts.get(Field.CAPACITY).get(), true);
        Double pts = parse(texts.get(Field.POINTS).get(), false);
        Double hours = parse(texts.get(Field.CONTRACTED).get(), false);
        Double red = parse(texts.get(Field.REDUCTION).get(), false);
        Double cases = parse(texts.get(Field.CASES).get(), false);
        if (pct == null && pts != null && calculator != null) {
            pct = calculator.capacityPercent(pts, calculator.availablePoints(member.grade(), hours, red == null ? 0 : red));
        }
        WorkloadRecord r = WorkloadRecord.of(member.id(), weekOf.get(), pct, pts, hours, red,
                cases == null ? null : cases.intValue(), parse(texts.get(Field.WORKED).get(), false),
                texts.get(Field.UNCOUNTED).get());
        return saved == null ? r : new WorkloadRecord(saved.id(), saved.memberId(), r.recordedOn(), r.capacityPercent(),
                r.workloadPoints(), r.contractedHours(), r.reductionHours(), r.casesHeld(), r.hoursWorked(),
                r.uncountedWork());
    }


    /**
     * Whether Save waits: offered on a form just opened (pressed, it shows every problem at once, the
     * form's own too), then waiting until they are put right, as every record dialog does.
     */
    public BooleanBinding cannotSave() {
        return saveTried.and(valid.not());
    }

    /** The form's own problem (no figure at all) as the rep should see it: once Save was pressed. */
    public javafx.beans.binding.StringBinding shownFormProblem() {
        return javafx.beans.binding.Bindings.when(saveTried).then(formProblem).otherwise("");
    }
}
