package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;

/** {@code audit export --out FILE.csv|FILE.json}: the whole audit trail, owner-only. */
final class AuditCommand implements Command {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] audit export --out FILE.xlsx|FILE.csv|FILE.json [--format xlsx|csv|json] [--force] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out", "--format");
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        String action = args.words(1, Messages.text("cli.what.audit")).get(0).toLowerCase(Locale.ROOT);
        if (!action.equals("export")) {
            throw args.wrong(Messages.text("cli.audit.onlyExport", Map.of("action", action)));
        }
        Path out = Path.of(args.required("--out"));
        String given = args.option("--format").orElse(BriefCommand.extension(out));
        Exporter.Format format = Exporter.Format.parse(given)
                .orElseThrow(() -> args.wrong(Messages.text("cli.audit.format", Map.of("given", given))));
        DataFiles.requireExisting(call.dataFile());
        DataFiles.requireFreeOut(args, out, call.dataFile());
        try (RepDesk desk = call.openDeskToWrite(Messages.text("cli.what.auditExport"))) {
            int n = desk.audit().export(format, out);
            call.out().println(Messages.text("cli.audit.done", Map.of("n", n, "file", out.toAbsolutePath().toString())));
        }
        return 0;
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT, DataFiles.FORCE);
    }
}
