package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;

/** {@code export members|cases|demands --format csv|json --out FILE}. */
final class ExportCommand implements Command {

    private static final Set<String> WHAT = Set.of("members", "cases", "demands", "deadlines", "workload");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] export members|cases|demands|deadlines|workload --format xlsx|csv|json --out FILE [--force] [--plain-text]";
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        String what = args.words(1, Messages.text("cli.what.export")).get(0)
                .toLowerCase(Locale.ROOT);
        if (!WHAT.contains(what)) {
            throw args.wrong(Messages.text("cli.export.unknown", Map.of("what", what)));
        }
        Path out = Path.of(args.required("--out"));
        String formatText = args.required("--format");
        Exporter.Format format = Exporter.Format.parse(formatText)
                .orElseThrow(() -> args.wrong(Messages.text("cli.export.format", Map.of("format", formatText))));
        DataFiles.requireExisting(call.dataFile());
        DataFiles.requireFreeOut(args, out, call.dataFile());
        try (RepDesk desk = call.openDeskToWrite(Messages.text("cli.what.export.written"))) {
            Exporter exporter = new Exporter(desk);
            int n = switch (what) {
                case "members" -> exporter.exportMembers(format, out);
                case "cases" -> exporter.exportCases(format, out);
                case "deadlines" -> exporter.exportDeadlines(format, out);
                case "workload" -> exporter.exportWorkload(format, out);
                default -> exporter.exportDemands(format, out);
            };
            call.out().println(Messages.text("cli.export.done." + what, Map.of("n", n, "file", out.toAbsolutePath().toString())));
        }
        return 0;
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--out");
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }
}
