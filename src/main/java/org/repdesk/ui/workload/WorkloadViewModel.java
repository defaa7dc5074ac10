package org.repdesk.ui.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.Member;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.report.Dates;
import org.repdesk.service.SettingsService;
import org.repdesk.service.WorkloadService;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.Latest;
import org.repdesk.ui.papers.Runner;

/**
 * The workload screen: each member's latest WMT capacity beside their own account, flagged when the
 * records meet the employer's own excessive-workload definition; the search and the "over the
 * threshold only" filter; the selected member's records; adding, correcting and deleting records.
 */
public final class WorkloadViewModel {

    /** One member's line: latest record and, when the four-week rule is met, since when. */
    public record MemberWorkload(Member member, WorkloadRecord latest, int records, LocalDate excessiveSince) {
    }

    private record Read(List<MemberWorkload> lines, WmtSettings wmt) {
    }

    private final WorkloadService workload;
    private final SettingsService settings;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Supplier<List<Member>> members;
    private final ObservableList<MemberWorkload> rows = FXCollections.observableArrayList();
    private final FilteredList<MemberWorkload> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty overOnly = new SimpleBooleanProperty();
    private final ObjectProperty<MemberWorkload> selected = new SimpleObjectProperty<>();
    private final ObservableList<WorkloadRecord> records = FXCollections.observableArrayList();
    private final ObjectProperty<WmtSettings> wmt = new SimpleObjectProperty<>(WmtSettings.DEFAULTS);
    private final StringBinding heading;
    private final StringBinding flag;
    /** Drops a member's records read after another member was chosen. */
    private final Latest recordsRead = new Latest();
    private final Supplier<LocalDate> today;

    /**
     * @param today the date a new record's week is taken from
     * @param members the members as the desk holds them now (read on the FX thread, copied)
     * @param matches whether a member matches the search text, as the members screen's search does
     */
    public WorkloadViewModel(WorkloadService workload, SettingsService settings, Supplier<LocalDate> today,
            Runner runner, Dialogs dialogs, Supplier<List<Member>> members, BiPredicate<Member, String> matches) {
        this.workload = workload;
        this.today = today;
        this.settings = settings;
        this.runner = runner;
        this.dialogs = dialogs;
        this.members = members;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = search.get();
            boolean over = overOnly.get();
            return r -> matches.test(r.member(), text) && (!over || r.excessiveSince() != null);
        }, search, overOnly));
        selected.addListener((o, a, r) -> showRecords());
        heading = Bindings.createStringBinding(() -> {
            MemberWorkload r = selected.get();
            if (r == null) {
                return Messages.text("boards.workload.selectMember");
            }
            Member m = r.member();
            return m.contractedHours() == null ? Messages.text("boards.workload.heading", m.shownName(), org.repdesk.ui.common.Labels.of(m.grade()))
                    : Messages.text("boards.workload.headingHours", m.shownName(), org.repdesk.ui.common.Labels.of(m.grade()),
                            org.repdesk.ui.Numbers.show(m.contractedHours()));
        }, selected);
        flag = Bindings.createStringBinding(() -> {
            MemberWorkload r = selected.get();
            if (r == null || r.excessiveSince() == null) {
                return "";
            }
            return Messages.text("boards.workload.flag", java.util.Map.of("percent",
                    org.repdesk.ui.Numbers.show(wmt.get().excessivePercent()), "n", wmt.get().excessiveWeeks(),
                    "date", org.repdesk.report.Dates.uk(r.excessiveSince())));
        }, selected, wmt);
    }

    /** The members' lines the search and filter let through. */
    public ObservableList<MemberWorkload> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty overOnlyProperty() {
        return overOnly;
    }

    public ObjectProperty<MemberWorkload> selectedProperty() {
        return selected;
    }

    /** The selected member's records, newest first. */
    public ObservableList<WorkloadRecord> records() {
        return records;
    }

    public StringBinding headingProperty() {
        return heading;
    }

    /** Empty unless the selected member meets the employer's definition of excessive workload. */
    public StringBinding flagProperty() {
        return flag;
    }

    /** The WMT formula with the figures in Settings, as last read. */
    public CapacityCalculator calculator() {
        return new CapacityCalculator(wmt.get());
    }

    /** Shows only members over the employer's threshold (a dashboard tile). */
    public void showOverThreshold() {
        search.set("");
        overOnly.set(true);
    }

    /**
     * Reads each member's figures (latest record, count, excessive since: SQL, not every record) and
     * the WMT figures, and rebuilds the members' lines; then the selected member's records again.
     */
    public void reload() {
        List<Member> list = List.copyOf(members.get());
        runner.run(Messages.text("boards.workload.readFailed"), () -> {
            Map<UUID, WorkloadService.MemberFigures> figures = workload.figuresByMember();
            List<MemberWorkload> lines = new ArrayList<>(list.size());
            for (Member m : list) {
                WorkloadService.MemberFigures f = figures.get(m.id());
                lines.add(f == null ? new MemberWorkload(m, null, 0, null)
                        : new MemberWorkload(m, f.latest(), f.records(), f.excessiveSince()));
            }
            return new Read(lines, settings.wmt());
        }, read -> {
            MemberWorkload before = selected.get();
            UUID was = Optional.ofNullable(before).map(r -> r.member().id()).orElse(null);
            wmt.set(read.wmt());
            rows.setAll(read.lines());
            MemberWorkload now = was == null ? null
                    : rows.stream().filter(r -> r.member().id().equals(was)).findFirst().orElse(null);
            selected.set(now);
            if (java.util.Objects.equals(before, now)) {
                showRecords(); // the same line (a change listener is not told): its records may have changed
            }
        });
    }

    /** Reads the selected member's records, newest first; none while they are read, or with no one selected. */
    private void showRecords() {
        MemberWorkload r = selected.get();
        records.clear();
        if (r == null) {
            recordsRead.forget();
            return;
        }
        UUID member = r.member().id();
        runner.run(Messages.text("boards.workload.readFailed"), () -> {
            List<WorkloadRecord> list = new ArrayList<>(workload.ofMember(member));
            list.sort(Comparator.comparing(WorkloadRecord::recordedOn).reversed());
            return list;
        }, recordsRead.ask(records::setAll));
    }

    /** A form for a new record of the selected member, this week's, or empty when none is selected. */
    public Optional<WorkloadRecordViewModel> newRecordForm() {
        return Optional.ofNullable(selected.get())
                .map(r -> WorkloadRecordViewModel.forNew(r.member(), today.get(), calculator()));
    }

    /** A form to correct {@code saved}, a record of the selected member. */
    public Optional<WorkloadRecordViewModel> correctionForm(WorkloadRecord saved) {
        return Optional.ofNullable(selected.get())
                .map(r -> WorkloadRecordViewModel.forEditing(r.member(), saved, calculator()));
    }

    public void add(WorkloadRecord record) {
        runner.run(Messages.text("boards.workload.notSaved"), () -> workload.add(record), x -> reload());
    }

    public void correct(WorkloadRecord record) {
        runner.run(Messages.text("boards.workload.notSaved"), () -> workload.edit(record), x -> reload());
    }

    /** Deletes {@code record} once the rep confirms; nothing happens on Cancel. */
    public void delete(WorkloadRecord record) {
        if (!dialogs.confirm(Messages.text("boards.workload.deleteHeader"),
                Messages.text("boards.workload.deleteText", Dates.uk(record.recordedOn())),
                Messages.text("boards.workload.deleteOk"))) {
            return;
        }
        runner.run(Messages.text("boards.workload.notDeleted"), () -> {
            workload.delete(record.id());
            return null;
        }, x -> reload());
    }
}
