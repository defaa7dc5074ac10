package org.repdesk.ui.demands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Figures;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.report.Dates;
import org.repdesk.service.DemandService;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.papers.Runner;

/**
 * One demand with no window: its wording, the dated history of status changes, responses and
 * meetings (newest first), its evidence and the cases behind it, and the commands on them, each
 * destructive one asked first. The forms that make a response, a status change or an edit are
 * made here, wired to the store; each saves itself, and the board and this demand are read again.
 */
public final class DemandDetailViewModel {

    /** One line of the history; {@code delete} is null for lines that cannot be deleted (run on the worker). */
    public record HistoryLine(LocalDate date, String kind, String text, boolean warn, Runnable delete) {
    }

    private record Loaded(Demand demand, List<DemandStatusChange> changes, List<EmployerResponse> responses,
            List<NegotiationMeeting> meetings, EvidenceCounts counts, List<CaseListRow> linked,
            List<CaseListRow> suggested) {
    }

    private final DemandService demands;
    private final Supplier<LocalDate> today;
    private final boolean casesShown;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Runnable changed;
    private final ReadOnlyObjectWrapper<Demand> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final ObservableList<CaseListRow> linked = FXCollections.observableArrayList();
    private final ObservableList<CaseListRow> suggested = FXCollections.observableArrayList();
    private UUID asked;

    /**
     * @param casesShown false for a casebook's reader, who has the evidence counts, never the cases behind them
     * @param changed what else follows a change (the board, the dashboard)
     */
    public DemandDetailViewModel(DemandService demands, Supplier<LocalDate> today, boolean casesShown, Runner runner,
            Dialogs dialogs, Runnable changed) {
        this.demands = demands;
        this.today = today;
        this.casesShown = casesShown;
        this.runner = runner;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    /** Reads demand {@code id} and shows it, then runs {@code shown}; a read finishing after another demand was chosen is dropped. */
    public void show(UUID id, Runnable shown) {
        asked = id;
        runner.run(Messages.text("boards.detail.readFailed"), () -> {
            Demand d = demands.byId(id).orElseThrow();
            return new Loaded(d, demands.history(id), demands.responses(id), demands.meetingsOf(id),
                    demands.evidenceCounts(id), casesShown ? demands.linkedCases(id) : List.of(),
                    casesShown ? demands.suggestedCases(id) : List.of());
        }, l -> {
            if (id.equals(asked)) {
                fill(l);
                shown.run();
            }
        });
    }

    private void fill(Loaded l) {
        Demand d = l.demand();
        current.set(d);
        title.set(d.title());
        meta.set(d.raisedBy() == null
                ? Messages.text("boards.detail.meta", DemandWords.status(d.status()), DemandWords.kind(d.kind()),
                        DemandWords.priority(d.priority()), Dates.uk(d.raisedOn()), d.priority().inPhrase(Messages.language()))
                : Messages.text("boards.detail.metaBy", DemandWords.status(d.status()), DemandWords.kind(d.kind()),
                        DemandWords.priority(d.priority()), Dates.uk(d.raisedOn()), d.raisedBy(),
                        d.priority().inPhrase(Messages.language())));
        text.set(d.text() == null ? "" : d.text());
        history.setAll(historyOf(l));
        EvidenceCounts c = l.counts();
        counts.set(c.total() == 0 ? Messages.text("boards.detail.noLinks")
                : Messages.text("boards.detail.counts", Map.of("n", c.total(), "open", c.open(),
                        "closed", c.closed(), "types", c.byType().entrySet().stream()
                                .map(e -> Labels.of(e.getKey()) + " " + Figures.whole(e.getValue()))
                                .collect(Collectors.joining(", ")),
                        "regions", c.byRegion().entrySet().stream()
                                .map(e -> Labels.of(e.getKey()) + " " + Figures.whole(e.getValue()))
                                .collect(Collectors.joining(", ")))));
        linked.setAll(l.linked());
        suggested.setAll(l.suggested());
    }

    private List<HistoryLine> historyOf(Loaded l) {
        Demand d = l.demand();
        LocalDate now = today.get();
        List<HistoryLine> lines = new ArrayList<>();
        for (DemandStatusChange ch : l.changes()) {
            String what = ch.from() == null ? Messages.text("boards.detail.recordedAs", ch.to().inSentence(Messages.language()))
                    : DemandWords.status(ch.from()) + " → " + DemandWords.status(ch.to());
            String note = ch.note(Messages.language(), l.responses());
            // The first line, and a change a response made, go with what made them.
            Runnable delete = ch.from() == null || ch.responseId() != null ? null
                    : () -> demands.deleteStatusChange(d.id(), ch.id());
            lines.add(new HistoryLine(ch.changedOn(), Messages.text("boards.detail.kindStatus"),
                    what + (note == null ? "" : ": " + note), false, delete));
        }
        for (EmployerResponse r : l.responses()) {
            String promise = r.promisedBy() == null ? ""
                    : "\n" + Messages.text(r.promiseKept() ? "boards.detail.promiseKept" : r.isPromiseOverdue(now)
                            ? "boards.detail.promiseOverdue" : "boards.detail.promise", Dates.uk(r.promisedBy()));
            lines.add(new HistoryLine(r.respondedOn(), Messages.text("boards.detail.kindResponse",
                    DemandWords.channel(r.channel())) + (r.by() == null ? "" : " · " + r.by()), r.said() + promise,
                    r.isPromiseOverdue(now), () -> demands.deleteResponse(d.id(), r.id())));
        }
        for (NegotiationMeeting m : l.meetings()) {
            lines.add(new HistoryLine(m.heldOn(), Messages.text("boards.channel.MEETING"), m.title()
                    + (m.attendees() == null ? "" : " (" + m.attendees() + ")")
                    + (m.notes() == null ? "" : "\n" + m.notes()), false, null));
        }
        lines.sort(Comparator.comparing(HistoryLine::date).reversed());
        return lines;
    }

    public ReadOnlyObjectProperty<Demand> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metaProperty() {
        return meta.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObservableList<HistoryLine> history() {
        return history;
    }

    public ObservableList<CaseListRow> linked() {
        return linked;
    }

    public ObservableList<CaseListRow> suggested() {
        return suggested;
    }

    /** The form recording what the employer said on the demand shown; empty when none is shown. */
    public Optional<ResponseViewModel> responseForm() {
        return Optional.ofNullable(current.get()).map(d -> {
            ResponseViewModel form = new ResponseViewModel(runner, d, today.get(), demands::recordResponse);
            form.setOnSaved(r -> changed.run());
            return form;
        });
    }

    /** The form dating a change of the demand shown to {@code to}; empty when none is shown or it has that status. */
    public Optional<StatusChangeViewModel> statusChangeForm(DemandStatus to) {
        return Optional.ofNullable(current.get()).filter(d -> d.status() != to).map(d -> {
            StatusChangeViewModel form = new StatusChangeViewModel(runner, d, to, today.get(), demands::changeStatus);
            form.setOnSaved(x -> changed.run());
            return form;
        });
    }

    /** The form editing the demand shown (never its status); empty when none is shown. */
    public Optional<DemandFormViewModel> editForm() {
        return Optional.ofNullable(current.get()).map(d -> {
            DemandFormViewModel form = DemandFormViewModel.forEditing(runner, d, demands::update);
            form.setOnSaved(x -> changed.run());
            return form;
        });
    }

    /** Deletes the demand shown once the rep says yes; {@code gone} runs after, on the FX thread. */
    public void delete(Runnable gone) {
        Demand d = current.get();
        if (d == null || !dialogs.confirm(Messages.text("boards.detail.deleteHeader", d.title()),
                Messages.text("boards.detail.deleteText"), Messages.text("boards.detail.deleteOk"))) {
            return;
        }
        runner.run(Messages.text("boards.detail.notDeleted"), () -> {
            demands.delete(d.id());
            return d;
        }, x -> {
            current.set(null);
            asked = null;
            gone.run();
            changed.run();
        });
    }

    /** Deletes a line of the history once the rep says yes; lines made by something else say why they stay. */
    public void deleteHistoryLine(HistoryLine line) {
        if (line == null) {
            return;
        }
        if (line.delete() == null) {
            dialogs.inform(Messages.text("boards.detail.keptHeader"), List.of(Messages.text("boards.detail.keptText")));
            return;
        }
        if (dialogs.confirm(Messages.text("boards.detail.entryHeader"),
                Messages.text("boards.detail.entryText", Dates.uk(line.date()) + " — " + line.kind() + "\n" + line.text()),
                Messages.text("boards.detail.entryOk"))) {
            runner.run(Messages.text("boards.detail.entryNotDeleted"), () -> {
                line.delete().run();
                return line;
            }, x -> changed.run());
        }
    }

    /** Links the cases given to the demand shown (its evidence). */
    public void link(List<CaseListRow> rows) {
        Demand d = current.get();
        if (d == null || rows.isEmpty()) {
            return;
        }
        List<UUID> ids = rows.stream().map(CaseListRow::caseId).toList();
        runner.run(Messages.text("boards.detail.notLinked"), () -> {
            demands.linkCases(d.id(), ids);
            return ids;
        }, x -> changed.run());
    }

    /** Unlinks a case from the demand shown once the rep says yes. */
    public void unlink(CaseListRow row) {
        Demand d = current.get();
        if (d == null || row == null || !dialogs.confirm(Messages.text("boards.detail.unlinkHeader", row.reference()),
                Messages.text("boards.detail.unlinkText"), Messages.text("boards.detail.unlinkOk"))) {
            return;
        }
        runner.run(Messages.text("boards.detail.notUnlinked"), () -> {
            demands.unlinkCase(d.id(), row.caseId());
            return row;
        }, x -> changed.run());
    }
}
