package org.repdesk.ui.demands;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.DemandService;
import org.repdesk.service.DemandService.DemandSummary;
import org.repdesk.ui.papers.Runner;

/**
 * The demands board: the demands of each status, the one selected, and raising a demand, moving
 * one to another status or loading the campaign's demands. Store work goes through the {@link Runner}.
 */
public final class DemandsBoardViewModel {

    private final DemandService demands;
    private final Supplier<LocalDate> today;
    private final boolean keepsLog;
    private final Runner runner;
    private final Map<DemandStatus, ObservableList<DemandSummary>> columns = new EnumMap<>(DemandStatus.class);
    private final Map<DemandStatus, StringBinding> headings = new EnumMap<>(DemandStatus.class);
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();

    /**
     * {@code keepsLog}: this login may keep the demands log (a casebook's reps and readers only read
     * it); {@code today}: the date a move is dated by default.
     */
    public DemandsBoardViewModel(DemandService demands, Supplier<LocalDate> today, boolean keepsLog, Runner runner) {
        this.demands = demands;
        this.today = today;
        this.keepsLog = keepsLog;
        this.runner = runner;
        for (DemandStatus s : DemandStatus.values()) {
            ObservableList<DemandSummary> items = FXCollections.observableArrayList();
            columns.put(s, items);
            headings.put(s, Bindings.createStringBinding(() -> DemandWords.heading(s, items.size()), items));
        }
    }

    /** The demands now at {@code status}, in the order the store gives them. */
    public ObservableList<DemandSummary> column(DemandStatus status) {
        return columns.get(status);
    }

    /** The column's heading, its count kept up to date. */
    public StringBinding heading(DemandStatus status) {
        return headings.get(status);
    }

    /** False for a casebook's reps and readers: the board offers no raising, moving or loading. */
    public boolean keepsLog() {
        return keepsLog;
    }

    /** The demand whose history and evidence are shown; kept across reloads. */
    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** True once read and the log holds no demand (a new file): the board offers the campaign's demands. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Re-reads the board; {@code then} runs once the columns are filled. */
    public void reload(Runnable then) {
        runner.run(Messages.text("boards.error.read"), demands::summaries, summaries -> {
            columns.values().forEach(List::clear);
            for (DemandSummary s : summaries) {
                columns.get(s.demand().status()).add(s);
            }
            loaded.set(true);
            empty.set(summaries.isEmpty());
            then.run();
        });
    }

    /** The summary on the board for {@code id}, if it is there. */
    public Optional<DemandSummary> find(UUID id) {
        return columns.values().stream().flatMap(List::stream).filter(s -> s.demand().id().equals(id)).findFirst();
    }

    /**
     * The form dating the move of demand {@code demandId} to {@code to} (today, unless the rep says
     * otherwise); saved, the demand is
     * selected, the board read again and {@code then} run. Empty when it is not on the board or
     * already has that status.
     */
    public Optional<StatusChangeViewModel> moveForm(UUID demandId, DemandStatus to, Runnable then) {
        return find(demandId).map(DemandSummary::demand).filter(d -> d.status() != to).map(d -> {
            StatusChangeViewModel form = new StatusChangeViewModel(runner, d, to, today.get(), demands::changeStatus);
            form.setOnSaved(moved -> selectAndReload(moved.id(), then));
            return form;
        });
    }

    /** The form for a new demand raised today; saved, it is selected, the board read again and {@code then} run. */
    public DemandFormViewModel newDemandForm(Runnable then) {
        DemandFormViewModel form = DemandFormViewModel.forNew(runner, today.get(), demands::raise);
        form.setOnSaved(raised -> selectAndReload(raised.id(), then));
        return form;
    }

    /**
     * Reads the demands that may have been discussed, then gives {@code open} the form recording a
     * meeting held today; saved, the board is read again and {@code then} run.
     */
    public void meetingForm(Runnable then, Consumer<MeetingViewModel> open) {
        LocalDate on = today.get();
        runner.run(Messages.text("boards.error.read"), demands::all, all -> {
            MeetingViewModel form = new MeetingViewModel(runner, all, on, demands::recordMeeting);
            form.setOnSaved(m -> reload(then));
            open.accept(form);
        });
    }

    private void selectAndReload(UUID id, Runnable then) {
        selected.set(id);
        reload(then);
    }

    /** Loads the bulletins' demands (never twice); {@code added} gets how many were new. */
    public void loadBulletins(Consumer<Integer> added) {
        runner.run(Messages.text("boards.error.load"), () -> CampaignBulletins.load(demands),
                n -> reload(() -> added.accept(n)));
    }

    /** What loading said, for the rep: how many were added, or that the log already had them all. */
    public static List<String> loadedMessage(int added) {
        return List.of(added == 0 ? Messages.text("boards.load.already")
                : Messages.text("boards.load.added", java.util.Map.of("n", added)));
    }
}
