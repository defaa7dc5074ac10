package org.repdesk.ui.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Deadline;
import org.repdesk.report.Dates;
import org.repdesk.service.CaseService;
import org.repdesk.service.HearingService;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.papers.Runner;
import org.repdesk.ui.papers.ScheduleViewModel;

/**
 * A case's deadlines and hearings: the list, the one selected, ticking one done, saving one from
 * the schedule form, and deleting one (asked first). The view opens the schedule form and lays out;
 * the store is reached only through the runner, the rep asked only through {@link Dialogs}.
 */
public final class DeadlinesViewModel {

    private final CaseService cases;
    private final HearingService hearings;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Runnable changed;
    private final CaseTabItems<Deadline> tab = new CaseTabItems<>();
    /** Each deadline's hearing details and reckoning, for the "What is due" column and for correcting it. */
    private final Map<UUID, HearingService.Scheduled> details = new HashMap<>();

    /** @param changed what else follows a change (the case's row in the list, the dashboard) */
    public DeadlinesViewModel(CaseService cases, HearingService hearings, Runner runner, Dialogs dialogs, Runnable changed) {
        this.cases = cases;
        this.hearings = hearings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    public ObservableList<Deadline> deadlines() {
        return tab.items();
    }

    public ObjectProperty<Deadline> selectedProperty() {
        return tab.selected();
    }

    /** Edit and Delete are offered only with a deadline selected. */
    public BooleanBinding nothingSelectedProperty() {
        return tab.nothingSelected();
    }

    /** How many deadlines the case has (the tab's title shows it). */
    public IntegerBinding countProperty() {
        return tab.count();
    }

    /** Shows {@code id}'s deadlines; a read finishing after another case was chosen is dropped. */
    public void show(UUID id) {
        tab.show(id);
        reload();
    }

    public void reload() {
        tab.read(runner, Messages.text("cases.deadlines.failed.read"), hearings::ofCase, list -> {
            details.clear();
            list.forEach(s -> details.put(s.deadline().id(), s));
            tab.setAll(list.stream().map(HearingService.Scheduled::deadline).toList());
        });
    }

    /** True when {@code d} is past its date and not done (its date is then shown as overdue). */
    public boolean isOverdue(Deadline d) {
        return d.isOverdue(cases.today());
    }

    /** "17/11/2026" or, past it and not done, "17/11/2026  overdue". */
    public String dueText(Deadline d) {
        String date = Dates.uk(d.dueOn());
        return isOverdue(d) ? Messages.text("cases.deadlines.overdue", Map.of("date", date)) : date;
    }

    /** "Hearing: Stage 2 · 10:00, Meeting Room 3" and, when worked out, "(10 working days after 18/12/2026)". */
    public String whatIsDue(Deadline d) {
        HearingService.Scheduled s = details.get(d.id());
        StringBuilder text = new StringBuilder(d.label());
        if (s != null) {
            s.hearing().ifPresent(h -> {
                String at = Stream.of(h.startsAt() == null ? null : h.startsAt().toString(), h.place())
                        .filter(Objects::nonNull).collect(Collectors.joining(", "));
                if (!at.isEmpty()) {
                    text.append(" · ").append(at);
                }
            });
            s.reckoning().ifPresent(r -> text.append(" (").append(r.describe()).append(')'));
        }
        return text.toString();
    }

    /** The schedule form for a new deadline on the case shown; null while no case is shown. */
    public ScheduleViewModel newForm() {
        if (tab.caseId() == null) {
            return null;
        }
        LocalDate today = cases.today();
        return ScheduleViewModel.forNew(tab.caseId(), today, cases::workingDaysAfter);
    }

    /** The schedule form correcting the selected deadline (its date and reckoning, wording, hearing); null with none. */
    public ScheduleViewModel editForm() {
        Deadline d = tab.selected().get();
        HearingService.Scheduled s = d == null ? null : details.get(d.id());
        return s == null ? null : ScheduleViewModel.forEditing(s, cases::workingDaysAfter);
    }

    /** Saves what the schedule form gave. */
    public void save(ScheduleViewModel.Result r) {
        runner.run(Messages.text("cases.deadlines.failed.save"), () -> hearings.save(r.deadline(), r.hearing(), r.reckoning()),
                saved -> afterChange());
    }

    public void setDone(Deadline d, boolean done) {
        runner.run(Messages.text("cases.deadlines.failed.update"), () -> {
            cases.setDeadlineDone(d.id(), done);
            return null;
        }, x -> afterChange());
    }

    /** Deletes the selected deadline once the rep confirms; nothing happens on Cancel. */
    public void deleteSelected() {
        Deadline d = tab.selected().get();
        if (d == null || !dialogs.confirm(Messages.text("cases.deadlines.delete.question"),
                Messages.text("cases.deadlines.delete.detail", Map.of("date", Dates.uk(d.dueOn()),
                        "what", Deadline.whatIsDue(d.description(), Messages.language()))),
                Messages.text("cases.deadlines.delete.button"))) {
            return;
        }
        runner.run(Messages.text("cases.deadlines.failed.delete"), () -> {
            cases.deleteDeadline(d.id());
            return null;
        }, x -> afterChange());
    }

    private void afterChange() {
        reload();
        changed.run();
    }
}
