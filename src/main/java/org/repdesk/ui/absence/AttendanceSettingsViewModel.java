package org.repdesk.ui.absence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceSettings;
import org.repdesk.service.SettingsService;
import org.repdesk.ui.common.FieldProblem;

/**
 * The attendance policy's figures in Settings: each as typed, checked as typed (its problem said
 * beside it once touched, or every one once Save was pressed), then saved together.
 */
public final class AttendanceSettingsViewModel {

    private final SettingsService settings;
    private final AbsenceViewModel.Runner runner;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final BooleanProperty reachedOnlyWhenMore = new SimpleBooleanProperty();
    /** True once Save was pressed: every figure's problem shows, touched or not. */
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final Map<String, FieldProblem> problems = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    /** While the file's figures are put in the fields: that is not the rep touching them. */
    private boolean showing;

    /** The setting keys, in the order the form shows them (also their message keys after "absence.setting."). */
    public static final List<String> FIELDS = List.of("triggerDays", "triggerSpells", "windowMonths", "fullTimeHours",
            "shortHoursBelow", "shortHoursTriggerDays", "partDayOverHours", "improvementMonths", "improvementPercent");

    public AttendanceSettingsViewModel(SettingsService settings, AbsenceViewModel.Runner runner) {
        this.settings = settings;
        this.runner = runner;
        for (String f : FIELDS) {
            fields.put(f, new SimpleStringProperty(""));
            FieldProblem problem = new FieldProblem(showAll);
            problems.put(f, problem);
            fields.get(f).addListener(x -> {
                if (!showing) {
                    problem.touch();
                }
                check();
            });
        }
        show(AttendanceSettings.DEFAULTS);
    }

    /** Reads the saved figures (in the background). */
    public void load() {
        runner.run(Messages.text("absence.ui.failedRead"), settings::attendance, this::show);
    }

    private void show(AttendanceSettings s) {
        showing = true;
        try {
            fill(s);
        } finally {
            showing = false;
        }
        check();
    }

    /** The file's figures arriving after the rep typed one: what they typed stays. */
    private void fill(AttendanceSettings s) {
        put("triggerDays", plain(s.triggerDays()));
        put("triggerSpells", String.valueOf(s.triggerSpells()));
        put("windowMonths", String.valueOf(s.windowMonths()));
        put("fullTimeHours", plain(s.fullTimeHours()));
        put("shortHoursBelow", plain(s.shortHoursBelow()));
        put("shortHoursTriggerDays", plain(s.shortHoursTriggerDays()));
        put("partDayOverHours", plain(s.partDayOverHours()));
        put("improvementMonths", String.valueOf(s.improvementMonths()));
        put("improvementPercent", plain(s.improvementPercent()));
        reachedOnlyWhenMore.set(s.reachedOnlyWhenMore());
    }

    private void put(String name, String value) {
        if (!problems.get(name).touchedProperty().get()) {
            fields.get(name).set(value);
        }
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public BooleanProperty reachedOnlyWhenMoreProperty() {
        return reachedOnlyWhenMore;
    }

    /** Figure {@code name}'s problem, shown beside its field once touched or on Save. */
    public FieldProblem problem(String name) {
        return problems.get(name);
    }

    /** True when every figure can be saved as typed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True once Save was pressed: every figure's problem is shown. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** What is wrong with the figures as typed, in the form's order; empty when they can be saved. */
    public List<String> problems() {
        return FIELDS.stream().map(f -> problems.get(f).get()).filter(p -> !p.isEmpty()).toList();
    }

    /** Each figure checked: a number first; once all are numbers, the policy's range for each. */
    private void check() {
        Map<String, String> found = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String text = fields.get(f).get();
            boolean whole = f.equals("triggerSpells") || f.endsWith("Months"); // not for reps: field names
            if (text == null || !text.strip().matches(whole ? "\\d{1,3}" : "\\d{1,3}(\\.\\d+)?|\\.\\d+")) {
                found.put(f, Messages.text("absence.setting.notNumber", Map.of("field",
                        Messages.text("absence.setting." + f))));
            }
        }
        if (found.isEmpty()) {
            found.putAll(edited().problemsByField());
        }
        FIELDS.forEach(f -> problems.get(f).set(found.getOrDefault(f, "")));
        valid.set(found.isEmpty());
    }

    private AttendanceSettings edited() {
        return new AttendanceSettings(d("triggerDays"), (int) d("triggerSpells"), (int) d("windowMonths"),
                reachedOnlyWhenMore.get(), d("fullTimeHours"), d("shortHoursBelow"), d("shortHoursTriggerDays"),
                d("partDayOverHours"), (int) d("improvementMonths"), d("improvementPercent"));
    }

    /** Saves the figures (in the background) when they are right; returns what is wrong otherwise. */
    public List<String> save(Runnable saved) {
        showAll.set(true);
        List<String> problems = problems();
        if (problems.isEmpty()) {
            AttendanceSettings s = edited();
            runner.run(Messages.text("absence.ui.failedSave"), () -> {
                settings.saveAttendance(s);
                return s;
            }, done -> saved.run());
        }
        return problems;
    }

    private double d(String f) {
        return Double.parseDouble(fields.get(f).get().strip());
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
