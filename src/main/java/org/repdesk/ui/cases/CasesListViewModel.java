package org.repdesk.ui.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Region;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.CaseService;
import org.repdesk.service.SettingsService;
import org.repdesk.ui.papers.Runner;

/**
 * The cases list's filters, order, count and search. The view keeps the rows (lists over lists, made
 * anew when a filter changes, for speed on 100,000 cases); this says which rows, in what order, how
 * the count reads, which cases the search text matches and which stages the stage filter offers.
 */
public final class CasesListViewModel {

    /** The orders the list offers; newest first is the order the cases are read in. */
    public enum Order {
        NEWEST(null),
        OLDEST(Comparator.comparing(CaseListRow::openedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseListRow.BY_REFERENCE)),
        NEXT_DEADLINE(Comparator.comparing(CaseListRow::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))),
        /** The case whose deadline passed longest ago first: what "Overdue only" is for. */
        MOST_OVERDUE(Comparator.comparing(CaseListRow::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseListRow.BY_REFERENCE)),
        MEMBER(null);

        private final Comparator<CaseListRow> comparator;

        Order(Comparator<CaseListRow> comparator) {
            this.comparator = comparator;
        }

        public String label() {
            return switch (this) {
                case NEWEST -> Messages.text("cases.order.newest");
                case OLDEST -> Messages.text("cases.order.oldest");
                case NEXT_DEADLINE -> Messages.text("cases.order.next-deadline");
                case MOST_OVERDUE -> Messages.text("cases.order.most-overdue");
                case MEMBER -> Messages.text("cases.order.member");
            };
        }
    }

    private final ObjectProperty<CaseType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> stage = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkloadFactor> factor = new SimpleObjectProperty<>();
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(Order.NEWEST);
    private final IntegerProperty shown = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringBinding count = Bindings.createStringBinding(
            () -> Messages.text("cases.list.count", Map.of("shown", shown.get(), "n", total.get())), shown, total);
    /** How names compare in the list (the tables' order: Zoë with the Zs, Łukasz with the Ls). */
    private final Comparator<String> names;
    private final CaseService cases;
    private final SettingsService settings;
    private final Runner runner;
    private final Runner searcher;
    /** The stages the stage filter offers: the type's, or every type's when no type is chosen. */
    private final ObservableList<String> stageChoices = FXCollections.observableArrayList();
    /** Cases matching the search text; null when there is no text (every case). */
    private final ReadOnlyObjectWrapper<CaseMatches> matches = new ReadOnlyObjectWrapper<>();
    private final AtomicLong searchGeneration = new AtomicLong();

    /**
     * {@code runner} reads the stages; {@code searcher} runs searches, each stopping the one before it
     * (the desk's search lane).
     */
    public CasesListViewModel(Comparator<String> names, CaseService cases, SettingsService settings, Runner runner,
            Runner searcher) {
        this.names = names;
        this.cases = cases;
        this.settings = settings;
        this.runner = runner;
        this.searcher = searcher;
        type.addListener((o, was, now) -> readStages());
        overdueOnly.addListener((o, was, now) -> {
            // Overdue cases are read most overdue first, unless the rep has chosen another order.
            if (now && order.get() == Order.NEWEST) {
                order.set(Order.MOST_OVERDUE);
            } else if (!now && order.get() == Order.MOST_OVERDUE) {
                order.set(Order.NEWEST);
            }
        });
    }

    /** The cases' "today", by which a row is overdue. */
    public LocalDate today() {
        return cases.today();
    }

    /**
     * Reads the stage lists (the file's or the casebook's settings, so off the FX thread) and offers
     * the chosen type's stages, or every type's; read again when the type changes and each time the
     * list is shown (Settings may have changed them, or a screen put together ahead read them early).
     */
    public void readStages() {
        runner.run(Messages.text("cases.failed.read"), settings::stages, this::offerStages);
    }

    private void offerStages(StageCatalogue catalogue) {
        CaseType t = type.get();
        List<String> offered;
        if (t == null) {
            Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            Arrays.stream(CaseType.values()).forEach(ct -> all.addAll(catalogue.stagesFor(ct)));
            offered = List.copyOf(all);
        } else {
            offered = catalogue.stagesFor(t);
        }
        // Read again each time the list is shown: the same stages leave the rep's chosen stage alone.
        if (!stageChoices.equals(offered)) {
            stageChoices.setAll(offered);
        }
    }

    /** Readies the search's word index in the background, so the first keystroke finds quickly. */
    public void prepareSearch() {
        searcher.run(Messages.text("shell.background.searchFailed"), () -> {
            cases.prepareMatching();
            return null;
        }, nothing -> { });
    }

    /**
     * Searches names, references and notes for {@code text}, stopping the search it replaces: the
     * newest matches first (a screenful, quick on a large casebook), then every match. Fewer than two
     * letters match every case (one letter matches nearly all and would hold the search for seconds).
     */
    public void search(String text) {
        long generation = searchGeneration.incrementAndGet();
        cases.cancelMatching();
        if (text == null || text.strip().length() < 2) {
            matches.set(null);
            return;
        }
        String failed = Messages.text("shell.background.searchFailed");
        searcher.run(failed, () -> cases.matchFirst(text, CaseService.FIRST_SCREENFUL), first -> {
            if (generation != searchGeneration.get()) {
                return; // a newer keystroke wins
            }
            matches.set(first);
            if (!first.complete()) {
                searcher.run(failed, () -> cases.match(text), all -> {
                    if (generation == searchGeneration.get()) {
                        matches.set(all);
                    }
                });
            }
        });
    }

    /** The rows the search text matches; null when there is no text. */
    public ReadOnlyObjectProperty<CaseMatches> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The stage filter's choices. */
    public ObservableList<String> stageChoices() {
        return stageChoices;
    }

    /** The orders offered (most overdue only while "Overdue only" is on). */
    public List<Order> orders() {
        return Arrays.asList(Order.values());
    }

    /** The rows the filters keep on {@code today}; null when no filter is set (every row). */
    public Predicate<CaseListRow> filter(LocalDate today) {
        CaseType t = type.get();
        CaseStatus s = status.get();
        String st = stage.get();
        WorkloadFactor f = factor.get();
        Region r = region.get();
        boolean lateOnly = overdueOnly.get();
        if (t == null && s == null && st == null && f == null && r == null && !lateOnly) {
            return null;
        }
        return row -> (t == null || row.type() == t)
                && (s == null || row.status() == s)
                && (st == null || st.equalsIgnoreCase(row.stage()))
                && (f == null || row.workloadFactor() == f)
                && (r == null || row.region() == r)
                && (!lateOnly || row.isOverdue(today));
    }

    /** The filters and order as a value: a change that alters none of them need not filter again. */
    public List<Object> filtersAsOf(LocalDate today) {
        return Arrays.asList(type.get(), status.get(), stage.get(), factor.get(), region.get(), overdueOnly.get(),
                today, order.get());
    }

    /** The list's order; null keeps the order the rows were read in (newest first). */
    public Comparator<CaseListRow> comparator() {
        Order o = order.get() == null ? Order.NEWEST : order.get();
        return o == Order.MEMBER ? (a, b) -> names.compare(a.memberName(), b.memberName()) : o.comparator;
    }

    /** Every filter back to "all". */
    public void clear() {
        type.set(null);
        status.set(null);
        stage.set(null);
        factor.set(null);
        region.set(null);
        overdueOnly.set(false);
    }

    /** Only overdue cases, most overdue first (the Overdue menu item, a dashboard tile). */
    public void showOverdue() {
        clear();
        overdueOnly.set(true);
    }

    /** Open cases only (a dashboard tile). */
    public void showOpen() {
        clear();
        status.set(CaseStatus.OPEN);
    }

    /** Live cases where excessive workload is a factor (a dashboard tile). */
    public void showWorkloadFactor() {
        clear();
        factor.set(WorkloadFactor.YES);
    }

    /** The view tells how many rows it shows of how many. */
    public void counted(int shownRows, int totalRows) {
        shown.set(shownRows);
        total.set(totalRows);
    }

    public ObjectProperty<CaseType> typeProperty() {
        return type;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> stageProperty() {
        return stage;
    }

    public ObjectProperty<WorkloadFactor> factorProperty() {
        return factor;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public BooleanProperty overdueOnlyProperty() {
        return overdueOnly;
    }

    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** "120 of 121 cases". */
    public StringBinding countProperty() {
        return count;
    }
}
