package org.repdesk.ui.absence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AttendanceSettings;
import org.repdesk.service.SettingsService;

/** The attendance policy's figures in Settings: each as typed, checked, then saved together. */
public final class AttendanceSettingsViewModel {

    private final SettingsService settings;
    private final AbsenceViewModel.Runner runner;
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final BooleanProperty reachedOnlyWhenMore = new SimpleBooleanProperty();

    /** The setting keys, in the order the form shows them (also their message keys after "absence.setting."). */
    public static final List<String> FIELDS = List.of("triggerDays", "triggerSpells", "windowMonths", "fullTimeHours",
            "shortHoursBelow", "shortHoursTriggerDays", "partDayOverHours", "improvementMonths", "improvementPercent");

    public AttendanceSettingsViewModel(SettingsService settings, AbsenceViewModel.Runner runner) {
        this.settings = settings;
        this.runner = runner;
        FIELDS.forEach(f -> fields.put(f, new SimpleStringProperty("")));
        show(AttendanceSettings.DEFAULTS);
    }

    /** Reads the saved figures (in the background). */
    public void load() {
        runner.run(Messages.text("absence.ui.failedRead"), settings::attendance, this::show);
    }

    private void show(AttendanceSettings s) {
        field("triggerDays").set(plain(s.triggerDays()));
        field("triggerSpells").set(String.valueOf(s.triggerSpells()));
        field("windowMonths").set(String.valueOf(s.windowMonths()));
        field("fullTimeHours").set(plain(s.fullTimeHours()));
        field("shortHoursBelow").set(plain(s.shortHoursBelow()));
        field("shortHoursTriggerDays").set(plain(s.shortHoursTriggerDays()));
        field("partDayOverHours").set(plain(s.partDayOverHours()));
        field("improvementMonths").set(String.valueOf(s.improvementMonths()));
        field("improvementPercent").set(plain(s.improvementPercent()));
        reachedOnlyWhenMore.set(s.reachedOnlyWhenMore());
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public BooleanProperty reachedOnlyWhenMoreProperty() {
        return reachedOnlyWhenMore;
    }

    /** What is wrong with the figures as typed; empty when they can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String f : FIELDS) {
            String text = fields.get(f).get();
            boolean whole = f.equals("triggerSpells") || f.endsWith("Months"); // not for reps: field names
            if (text == null || !text.strip().matches(whole ? "\\d{1,3}" : "\\d{1,3}(\\.\\d+)?|\\.\\d+")) {
                problems.add(Messages.text("absence.setting.notNumber", Map.of("field",
                        Messages.text("absence.setting." + f))));
            }
        }
        return problems.isEmpty() ? edited().problems() : problems;
    }

    private AttendanceSettings edited() {
        return new AttendanceSettings(d("triggerDays"), (int) d("triggerSpells"), (int) d("windowMonths"),
                reachedOnlyWhenMore.get(), d("fullTimeHours"), d("shortHoursBelow"), d("shortHoursTriggerDays"),
                d("partDayOverHours"), (int) d("improvementMonths"), d("improvementPercent"));
    }

    /** Saves the figures (in the background) when they are right; returns what is wrong otherwise. */
    public List<String> save(Runnable saved) {
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
