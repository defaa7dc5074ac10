package org.repdesk.ui.papers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.Observable;
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
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.service.HearingService;

/**
 * The deadline or hearing form, new or being corrected: what is due; its date given, or worked
 * out as working days after a date (the sum is kept); and for a hearing its time, place and people.
 */
public final class ScheduleViewModel {

    /** What to save: the deadline, its hearing's details and how its date was worked out. */
    public record Result(Deadline deadline, Optional<Hearing> hearing, Optional<Reckoning> reckoning) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H[:][.]mm");

    private final Deadline editing;
    private final UUID caseId;
    private final BiFunction<LocalDate, Integer, LocalDate> workingDaysAfter;
    private final StringProperty what = new SimpleStringProperty("");
    private final BooleanProperty hearing = new SimpleBooleanProperty();
    private final BooleanProperty byWorkingDays = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final StringProperty dueTypedProblem = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty fromTypedProblem = new SimpleStringProperty("");
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(5);
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty chair = new SimpleStringProperty("");
    private final StringProperty management = new SimpleStringProperty("");
    private final StringProperty noteTaker = new SimpleStringProperty("");
    private final BooleanProperty companionAllowed = new SimpleBooleanProperty(true);
    private final StringProperty length = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();

    private ScheduleViewModel(UUID caseId, Deadline editing, BiFunction<LocalDate, Integer, LocalDate> workingDaysAfter) {
        this.caseId = caseId;
        this.editing = editing;
        this.workingDaysAfter = workingDaysAfter;
        for (Observable o : List.of(what, hearing, byWorkingDays, dueDate, dueTypedProblem, from, fromTypedProblem, days,
                time, place, chair, management, noteTaker, companionAllowed, length)) {
            o.addListener(x -> check());
        }
    }

    public static ScheduleViewModel forNew(UUID caseId, LocalDate today, BiFunction<LocalDate, Integer, LocalDate> after) {
        ScheduleViewModel vm = new ScheduleViewModel(caseId, null, after);
        vm.dueDate.set(today);
        vm.from.set(today);
        vm.check();
        return vm;
    }

    /** A deadline already saved, with its hearing's details and sum, to correct. */
    public static ScheduleViewModel forEditing(HearingService.Scheduled s, BiFunction<LocalDate, Integer, LocalDate> after) {
        Deadline d = s.deadline();
        ScheduleViewModel vm = new ScheduleViewModel(d.caseId(), d, after);
        vm.what.set(Deadline.whatIsDue(d.description(), org.repdesk.i18n.Messages.language()));
        vm.hearing.set(d.hearing());
        vm.dueDate.set(d.dueOn());
        vm.from.set(s.reckoning().map(Reckoning::from).orElse(d.dueOn()));
        s.reckoning().ifPresent(r -> {
            vm.days.set(r.workingDays());
            vm.byWorkingDays.set(true);
        });
        s.hearing().ifPresent(h -> {
            vm.time.set(h.startsAt() == null ? "" : h.startsAt().toString());
            vm.place.set(orEmpty(h.place()));
            vm.chair.set(orEmpty(h.chair()));
            vm.management.set(orEmpty(h.managementAttendee()));
            vm.noteTaker.set(orEmpty(h.noteTaker()));
            vm.companionAllowed.set(h.companionAllowed());
            vm.length.set(h.expectedMinutes() == null ? "" : h.expectedMinutes() / 60 + ":"
                    + String.format("%02d", h.expectedMinutes() % 60));
        });
        vm.check();
        return vm;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The date the form gives: the one typed, or the working days counted. */
    LocalDate due() {
        if (!byWorkingDays.get()) {
            return dueDate.get();
        }
        return from.get() == null || days.get() == null ? null : workingDaysAfter.apply(from.get(), days.get());
    }

    /** The hearing's start, or empty; a problem is said by {@link #check}. */
    private Optional<LocalTime> startsAt() {
        String t = time.get() == null ? "" : time.get().strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(t, TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile("(\\d{1,4})|(\\d{1,2})[:.](\\d{2})");

    /** The expected length typed: minutes ("90") or hours and minutes ("1:30"); empty when none or unreadable. */
    private Optional<Integer> expectedMinutes() {
        java.util.regex.Matcher m = LENGTH.matcher(length.get() == null ? "" : length.get().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? Integer.parseInt(m.group(1))
                : Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3)));
    }

    private boolean lengthUnreadable() {
        String t = length.get() == null ? "" : length.get().strip();
        return hearing.get() && !t.isEmpty() && expectedMinutes().isEmpty();
    }

    private boolean timeUnreadable() {
        String t = time.get() == null ? "" : time.get().strip();
        return hearing.get() && !t.isEmpty() && startsAt().isEmpty();
    }

    private void check() {
        LocalDate d = due();
        result.set(d == null ? "" : Messages.text("papers.schedule.due-on", Map.of("day",
                d.getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.language()), "date",
                String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))));
        List<String> found = new ArrayList<>();
        String typed = byWorkingDays.get() ? fromTypedProblem.get() : dueTypedProblem.get();
        if (typed != null && !typed.isEmpty()) {
            found.add(typed);
        }
        Result r = build();
        found.addAll(r.deadline().problems());
        r.hearing().ifPresent(h -> found.addAll(h.problems()));
        if (timeUnreadable()) {
            found.add(Messages.text("papers.schedule.time-problem"));
        }
        if (lengthUnreadable()) {
            found.add(Messages.text("papers.hearing.length-problem"));
        }
        problems.set(String.join("\n", found));
        canSave.set(found.isEmpty());
    }

    private Result build() {
        LocalDate d = due();
        Deadline deadline = editing == null ? Deadline.of(caseId, d, what.get(), hearing.get())
                : new Deadline(editing.id(), caseId, d, org.repdesk.model.Problems.tidy(what.get()), hearing.get(),
                        editing.done());
        Optional<Hearing> details = hearing.get() ? Optional.of(new Hearing(deadline.id(), startsAt().orElse(null),
                place.get(), chair.get(), management.get(), noteTaker.get(), companionAllowed.get(),
                expectedMinutes().orElse(null)).tidied())
                : Optional.empty();
        Optional<Reckoning> sum = byWorkingDays.get() && from.get() != null && days.get() != null
                ? Optional.of(new Reckoning(deadline.id(), from.get(), days.get())) : Optional.empty();
        return new Result(deadline, details, sum);
    }

    /** What to save; only when {@link #canSaveProperty()} is true. */
    public Result result() {
        if (!canSave.get()) {
            throw new IllegalStateException("the form is not ready to save");
        }
        return build();
    }

    public StringProperty whatProperty() {
        return what;
    }

    public BooleanProperty hearingProperty() {
        return hearing;
    }

    public BooleanProperty byWorkingDaysProperty() {
        return byWorkingDays;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public StringProperty dueTypedProblemProperty() {
        return dueTypedProblem;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public StringProperty fromTypedProblemProperty() {
        return fromTypedProblem;
    }

    public ObjectProperty<Integer> daysProperty() {
        return days;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty chairProperty() {
        return chair;
    }

    public StringProperty managementProperty() {
        return management;
    }

    public StringProperty noteTakerProperty() {
        return noteTaker;
    }

    /** The expected length: minutes ("90") or hours and minutes ("1:30"). */
    public StringProperty lengthProperty() {
        return length;
    }

    public BooleanProperty companionAllowedProperty() {
        return companionAllowed;
    }

    /** "Due on Thursday 10/12/2026". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
