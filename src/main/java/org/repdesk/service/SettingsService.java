package org.repdesk.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.repdesk.model.CaseType;
import org.repdesk.model.Problems;
import org.repdesk.model.RetentionPolicy;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.WmtSettings;
import org.repdesk.store.SettingsStore;

/** The rep's configurable lists and figures: stages per case type, WMT defaults. */
public final class SettingsService {

    private final SettingsStore store;

    public SettingsService(SettingsStore store) {
        this.store = store;
    }

    public StageCatalogue stages() {
        return store.stages();
    }

    /** Replaces a case type's stage list (blank lines dropped, duplicates refused). */
    public void saveStages(CaseType type, List<String> names) {
        List<String> tidy = new ArrayList<>();
        for (String n : names) {
            String t = Problems.tidy(n);
            if (t != null) {
                tidy.add(t);
            }
        }
        Problems problems = new Problems().when(tidy.isEmpty(), "settings.noStages", Map.of("type", type))
                .when(new LinkedHashSet<>(tidy).size() != tidy.size(), "settings.stageTwice");
        tidy.forEach(t -> problems.shortText("settings.stage", t));
        ValidationException.throwIfAny(problems.list());
        store.saveStages(type, tidy);
    }

    /** The rep's own name: shown on briefs as their author (and, later, in the audit trail). */
    public java.util.Optional<String> repName() {
        return store.repName().map(Problems::tidy).filter(n -> n != null);
    }

    public void saveRepName(String name) {
        String tidy = Problems.tidy(name);
        ValidationException.throwIfAny(new Problems().shortText("settings.yourName", tidy).list());
        store.saveRepName(tidy == null ? "" : tidy);
    }

    /**
     * Whether stage lists, WMT, attendance and retention figures may be changed by a login whose role
     * in the casebook was already asked ({@code role} null: none of the three, or a data file); a
     * desk asks once and keeps the answer ({@code RepDesk.mayChangeSharedSettings()}).
     */
    public boolean mayChangeSharedSettings(org.repdesk.store.Casebooks.Role role) {
        return store.mayChangeSharedSettings(role);
    }

    public WmtSettings wmt() {
        WmtSettings d = WmtSettings.DEFAULTS;
        return new WmtSettings(
                number("wmt.po.nominalTarget", d.poNominalTarget()),
                number("wmt.po.defaultHours", d.poDefaultHours()),
                number("wmt.pso.nominalTarget", d.psoNominalTarget()),
                number("wmt.pso.defaultHours", d.psoDefaultHours()),
                number("wmt.excessive.percent", d.excessivePercent()),
                (int) number("wmt.excessive.weeks", d.excessiveWeeks()));
    }

    public void saveWmt(WmtSettings s) {
        ValidationException.throwIfAny(s.problems());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("wmt.po.nominalTarget", String.valueOf(s.poNominalTarget()));
        values.put("wmt.po.defaultHours", String.valueOf(s.poDefaultHours()));
        values.put("wmt.pso.nominalTarget", String.valueOf(s.psoNominalTarget()));
        values.put("wmt.pso.defaultHours", String.valueOf(s.psoDefaultHours()));
        values.put("wmt.excessive.percent", String.valueOf(s.excessivePercent()));
        values.put("wmt.excessive.weeks", String.valueOf(s.excessiveWeeks()));
        store.putValues(values); // one transaction: the figures belong together
    }

    /** The retention periods; unset ones keep the (unsourced) defaults until the rep enters the union's policy. */
    public RetentionPolicy retention() {
        RetentionPolicy d = RetentionPolicy.DEFAULTS;
        return new RetentionPolicy((int) number("retention.closedCaseYears", d.closedCaseYears()),
                (int) number("retention.memberYears", d.memberYears()),
                (int) number("retention.workloadYears", d.workloadYears()));
    }

    public void saveRetention(RetentionPolicy p) {
        ValidationException.throwIfAny(p.problems());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("retention.closedCaseYears", String.valueOf(p.closedCaseYears()));
        values.put("retention.memberYears", String.valueOf(p.memberYears()));
        values.put("retention.workloadYears", String.valueOf(p.workloadYears()));
        store.putValues(values);
    }

    /** The attendance policy's trigger figures (issue 18); unset ones keep the policy's defaults. */
    public org.repdesk.model.AttendanceSettings attendance() {
        org.repdesk.model.AttendanceSettings d = org.repdesk.model.AttendanceSettings.DEFAULTS;
        return new org.repdesk.model.AttendanceSettings(
                number("attendance.triggerDays", d.triggerDays()),
                (int) number("attendance.triggerSpells", d.triggerSpells()),
                (int) number("attendance.windowMonths", d.windowMonths()),
                store.value("attendance.reachedOnlyWhenMore").map(Boolean::parseBoolean).orElse(d.reachedOnlyWhenMore()),
                number("attendance.fullTimeHours", d.fullTimeHours()),
                number("attendance.shortHoursBelow", d.shortHoursBelow()),
                number("attendance.shortHoursTriggerDays", d.shortHoursTriggerDays()),
                number("attendance.partDayOverHours", d.partDayOverHours()),
                (int) number("attendance.improvementMonths", d.improvementMonths()),
                number("attendance.improvementPercent", d.improvementPercent()));
    }

    public void saveAttendance(org.repdesk.model.AttendanceSettings s) {
        ValidationException.throwIfAny(s.problems());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("attendance.triggerDays", String.valueOf(s.triggerDays()));
        values.put("attendance.triggerSpells", String.valueOf(s.triggerSpells()));
        values.put("attendance.windowMonths", String.valueOf(s.windowMonths()));
        values.put("attendance.reachedOnlyWhenMore", String.valueOf(s.reachedOnlyWhenMore()));
        values.put("attendance.fullTimeHours", String.valueOf(s.fullTimeHours()));
        values.put("attendance.shortHoursBelow", String.valueOf(s.shortHoursBelow()));
        values.put("attendance.shortHoursTriggerDays", String.valueOf(s.shortHoursTriggerDays()));
        values.put("attendance.partDayOverHours", String.valueOf(s.partDayOverHours()));
        values.put("attendance.improvementMonths", String.valueOf(s.improvementMonths()));
        values.put("attendance.improvementPercent", String.valueOf(s.improvementPercent()));
        store.putValues(values);
    }

    private double number(String key, double fallback) {
        return store.value(key).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }
}
