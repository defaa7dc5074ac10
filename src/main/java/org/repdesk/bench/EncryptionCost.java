package org.repdesk.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefScope;
import org.repdesk.service.Backups;
import org.repdesk.service.RepDesk;
import org.repdesk.store.Database;

/**
 * What a passphrase costs (issue 5): the same work on a plain copy and an encrypted copy of the
 * same demo file, side by side, through the app's own services. {@code bench --encryption}.
 */
public final class EncryptionCost {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    private final Bench bench;
    private final Bench.Options options;
    private final PrintStream out;

    public EncryptionCost(Bench.Options options, PrintStream out) {
        this.bench = new Bench(options, out);
        this.options = options;
        this.out = out;
    }

    /** Runs the comparison for each size and prints one Markdown table; returns it. */
    public String run() throws Exception {
        Files.createDirectories(options.folder());
        Path scratch = Files.createTempDirectory(options.folder(), "enc-");
        StringBuilder md = new StringBuilder("| measurement | cases | plain ms | encrypted ms | ratio |\n|---|---:|---:|---:|---:|\n");
        try {
            for (int size : options.sizes()) {
                Path source = bench.dataset(size);
                Path plain = scratch.resolve("plain-" + size + ".db");
                Path encrypted = scratch.resolve("encrypted-" + size + ".db");
                Files.copy(source, plain, StandardCopyOption.REPLACE_EXISTING);
                Files.copy(source, encrypted, StandardCopyOption.REPLACE_EXISTING);
                long t0 = System.nanoTime();
                Database.changePassphrase(encrypted, null, PASSPHRASE);
                double setMs = (System.nanoTime() - t0) / 1e6;
                out.printf(Locale.ROOT, "… %,d cases: passphrase set on a copy in %.0f ms (%,d KB)%n", size, setMs,
                        Files.size(encrypted) / 1024);
                md.append(String.format(Locale.ROOT, "| Set a passphrase on the existing file (re-encrypt every page) | %,d | — | %.0f | — |%n",
                        size, setMs));
                List<String> names = List.of("Open the file (key derivation + checks)", "Load cases list",
                        "Notes search (\"phased return\")", "Brief figures", "Save 20 new cases, one commit each",
                        "Backup now (online backup / VACUUM INTO)");
                double[][] both = new double[2][];
                both[0] = measure(plain, null, scratch);
                both[1] = measure(encrypted, PASSPHRASE, scratch);
                for (int i = 0; i < names.size(); i++) {
                    md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.2f× |%n", names.get(i), size,
                            both[0][i], both[1][i], both[1][i] / both[0][i]));
                }
            }
        } finally {
            org.repdesk.service.Folders.deleteTree(scratch);
        }
        out.println();
        out.print(md);
        return md.toString();
    }

    private double[] measure(Path file, char[] passphrase, Path scratch) throws Exception {
        int w = options.warmup();
        int n = options.runs();
        double open = Measure.median(w, n, () -> RepDesk.open(file, passphrase).close());
        try (RepDesk desk = RepDesk.open(file, passphrase)) {
            double list = Measure.median(w, n, () -> desk.cases().listRows());
            double search = Measure.median(w, n, () -> desk.cases().match(Bench.NOTE_TEXT));
            LocalDate today = desk.cases().today();
            List<UUID> demands = desk.demands().all().stream().map(Demand::id).toList();
            BriefScope scope = BriefScope.of(today.minusYears(1), today).withDemands(demands);
            double brief = Measure.median(w, n, () -> new BriefBuilder(desk).build(scope, "Bench"));
            UUID member = desk.members().all().get(0).id();
            double saves = Measure.median(w, n, () -> {
                for (int i = 0; i < 20; i++) {
                    desk.cases().open(CaseFile.open(member, CaseType.CAPABILITY,
                            "Informal stage (support and improvement plan)", today, WorkloadFactor.YES));
                }
            });
            Backups backups = new Backups(desk);
            double backup = Measure.median(w, n, () -> {
                Path copy = scratch.resolve("copy-" + System.nanoTime() + ".db");
                backups.copyTo(copy);
                Files.delete(copy);
            });
            return new double[] {open, list, search, brief, saves, backup};
        }
    }
}
