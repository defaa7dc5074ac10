package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.repdesk.model.Demand;
import org.repdesk.model.Labelled;
import org.repdesk.model.Region;
import org.repdesk.report.Brief;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefHtml;
import org.repdesk.report.BriefMarkdown;
import org.repdesk.report.BriefScope;
import org.repdesk.report.Pdf;
import org.repdesk.report.PdfAhead;
import org.repdesk.service.OwnerOnlyFile;
import org.repdesk.service.RepDesk;

/**
 * {@code brief --out FILE.pdf|.html|.md [--lang en|cy|both] [--from DATE] [--to DATE] [--demand ID ...] [--region R]}: an
 * anonymised negotiation brief; the format follows the file's extension.
 */
final class BriefCommand implements Command {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    @Override
    public String name() {
        return "brief";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] brief --out FILE.pdf|.html|.md [--lang en|cy|both] [--from DATE] [--to DATE] [--demand ID ...] "
                + "[--region R] [--force] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out", "--from", "--to", "--demand", "--region");
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        List<String> demandKeys = new ArrayList<>();
        args.option("--demand").ifPresent(first -> demandKeys.add(first));
        if (!demandKeys.isEmpty()) {
            demandKeys.addAll(args.words()); // "--demand A B C"
        } else if (!args.words().isEmpty()) {
            throw args.wrong("unexpected " + String.join(" ", args.words()));
        }
        List<String> keys = demandKeys.stream().flatMap(k -> List.of(k.split(",")).stream()).map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        Optional<Region> region = args.option("--region").map(r -> Labelled.parse(Region.class, r)
                .orElseThrow(() -> args.wrong(Messages.text("cli.brief.unknownRegion", Map.of("region", r)))));
        // Both dates are checked (form and year) before the data file is opened: bad usage, exit 2.
        Optional<LocalDate> toGiven = args.option("--to").map(t -> date(args, "--to", t));
        Optional<LocalDate> fromGiven = args.option("--from").map(f -> date(args, "--from", f));
        Path out = DataFiles.documentOut(args, call.dataFile(), "pdf", "html", "md");
        String ext = extension(out);
        // On a second core while the figures are read (PdfAhead): the brief's wait is mostly these two.
        PdfAhead ahead = ext.equals("pdf") ? PdfAhead.start() : null;
        try (RepDesk desk = call.openDeskToWrite(Messages.text("cli.what.brief"))) {
            LocalDate today = desk.cases().today();
            LocalDate to = toGiven.orElse(today);
            LocalDate from = fromGiven.orElse(to.minusYears(1));
            List<UUID> ids = new ArrayList<>();
            for (String key : keys) {
                ids.add(find(desk.demands().all(), key));
            }
            BriefScope scope = BriefScope.of(from, to).withDemands(ids).withRegion(region.orElse(null));
            Brief brief = new BriefBuilder(desk).build(scope, desk.settings().repName().orElse(null));
            if (ahead != null) {
                ahead.awaitReady();
            }
            switch (ext) {
                case "pdf" -> Pdf.write(BriefHtml.forPdf(brief, call.language()), out);
                case "html" -> text(out, BriefHtml.render(brief, call.language()));
                default -> text(out, BriefMarkdown.render(brief, call.language()));
            }
            call.out().println(Messages.text("cli.brief.written", Map.of("n", brief.demands().size(), "scope",
                    scope.describe(), "file", out.toAbsolutePath().toString())));
        }
        return 0;
    }

    private static void text(Path out, String content) throws IOException {
        OwnerOnlyFile.write(out, s -> s.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static LocalDate date(Args args, String option, String text) {
        for (DateTimeFormatter f : DATES) {
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip(), f);
            } catch (DateTimeParseException ignored) {
                continue; // try the next accepted form
            }
            if (!org.repdesk.model.Problems.plausibleYear(date)) {
                // A year typed short is as much a mistyped date as 2026-13-01: the same exit status.
                throw args.wrong(Messages.text("problems.year",
                        Map.of("field", option, "year", String.valueOf(date.getYear()))));
            }
            return date;
        }
        throw args.wrong(Messages.text("cli.brief.badDate", Map.of("option", option, "text", text)));
    }

    /** A demand by its id (or the start of it), or by the key it was loaded from a bulletin with. */
    private static UUID find(List<Demand> demands, String key) {
        List<Demand> matches = demands.stream().filter(d -> d.id().toString().startsWith(key.toLowerCase(Locale.ROOT))
                || key.equalsIgnoreCase(d.sourceKey())).toList();
        if (matches.size() != 1) {
            throw new CommandFailure(matches.isEmpty() ? Messages.text("cli.brief.noDemand", Map.of("key", key))
                    : Messages.text("cli.brief.manyDemands", Map.of("key", key, "n", matches.size())));
        }
        return matches.get(0).id();
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }
}
