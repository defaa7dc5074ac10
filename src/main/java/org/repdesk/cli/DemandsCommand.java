package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.repdesk.model.Demand;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.DemandService;
import org.repdesk.service.DemandService.DemandSummary;
import org.repdesk.service.RepDesk;

/**
 * {@code demands [--load-bulletins]}: the demands log as a plain-text table (status, demand, kind,
 * last response, evidence, overdue promise). {@code --load-bulletins} first adds the campaign's
 * demands from the bulletins, as the app's "Load the campaign's demands" does; twice adds nothing.
 */
final class DemandsCommand implements Command {

    static final String LOAD_BULLETINS = "--load-bulletins";
    /** Long enough for most bulletin titles; longer ones are cut at a word. */
    static final int TITLE_WIDTH = 52;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NONE = "—";
    private static final String[] HEADER_KEYS = {"cli.demands.column.status", "cli.demands.column.demand",
        "cli.demands.column.kind", "cli.demands.column.lastResponse", "cli.demands.column.cases",
        "cli.demands.column.open", "cli.demands.column.promise"};
    /** Numbers read best right-aligned. */
    private static final boolean[] RIGHT = {false, false, false, false, true, true, false};

    @Override
    public String name() {
        return "demands";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] demands [" + LOAD_BULLETINS + "]";
    }

    @Override
    public Set<String> flags() {
        return Set.of(LOAD_BULLETINS);
    }

    @Override
    public int run(Call call) {
        Args args = call.args();
        args.words(0, "nothing");
        boolean load = args.flag(LOAD_BULLETINS);
        if (!load) {
            DataFiles.requireExisting(call.dataFile()); // only loading may start a new file, as import does
        }
        boolean existed = call.onCasebook() || Files.exists(call.dataFile());
        try (RepDesk desk = load ? call.openDesk() : call.openDeskToRead()) {
            DemandService demands = desk.demands();
            if (load) {
                int added = CampaignBulletins.load(demands);
                call.out().println((existed ? "" : Messages.text("cli.demands.created", Map.of("file",
                        String.valueOf(desk.dataFile()))) + " ") + (added == 0 ? Messages.text("cli.demands.already")
                        : Messages.text("cli.demands.added", Map.of("n", added))));
                call.out().println();
            }
            List<DemandSummary> summaries = demands.summaries();
            if (summaries.isEmpty()) {
                call.out().println(Messages.text("cli.demands.empty", Map.of("option", LOAD_BULLETINS)));
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            int overdue = 0;
            // Every demand's counts in one call: a casebook's server reads the links once for all of them.
            Map<java.util.UUID, EvidenceCounts> counts = demands.evidenceCounts(
                    summaries.stream().map(s -> s.demand().id()).toList());
            for (DemandSummary s : summaries) {
                rows.add(row(s, counts.get(s.demand().id())));
                overdue += s.promiseOverdue() ? 1 : 0;
            }
            table(rows).forEach(call.out()::println);
            call.out().println();
            call.out().println(Messages.text(overdue == 0 ? "cli.demands.countNoneOverdue" : "cli.demands.countOverdue",
                    Map.of("n", summaries.size(), "overdue", overdue)));
        }
        return 0;
    }

    private static String[] row(DemandSummary s, EvidenceCounts counts) {
        Demand d = s.demand();
        return new String[] {d.status().label(Messages.language()), shorten(d.title(), TITLE_WIDTH),
            d.kind().label(Messages.language()), date(s.lastResponseOn()), String.valueOf(counts.total()),
            String.valueOf(counts.open()), s.promiseOverdue() ? Messages.text("doc.deadlines.overdue") : ""};
    }

    /** The header, a rule, then the rows, each column as wide as its widest cell. */
    static List<String> table(List<String[]> rows) {
        String[] header = java.util.Arrays.stream(HEADER_KEYS).map(Messages::text).toArray(String[]::new);
        int[] width = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] r : all) {
            lines.add(line(r, width));
            if (r == header) {
                String[] rule = new String[header.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                lines.add(line(rule, width));
            }
        }
        return lines;
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - cells[i].length());
            s.append(i == 0 ? "" : "  ").append(RIGHT[i] ? pad + cells[i] : cells[i] + pad);
        }
        return s.toString().stripTrailing();
    }

    /**
     * Cuts a long title at the last word that fits, without a dangling "a" or "is" before the "…"
     * ("Suspend capability proceedings where workload…", not "...where workload is a…").
     */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        if (Character.isLetterOrDigit(text.charAt(max - 1))) { // cut inside a word: drop the part-word
            cut = cut.substring(0, Math.max(cut.lastIndexOf(' '), max / 2));
        }
        cut = cut.stripTrailing();
        int space = cut.lastIndexOf(' ');
        while (space > max / 2 && cut.length() - space <= 3) { // a short word: "a", "is", "of", "the"
            cut = cut.substring(0, space).stripTrailing();
            space = cut.lastIndexOf(' ');
        }
        return cut.replaceAll("[,;:(-]+$", "").stripTrailing() + "…";
    }

    private static String date(LocalDate d) {
        return d == null ? NONE : UK_DATE.format(d);
    }
}
