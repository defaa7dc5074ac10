package org.repdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.repdesk.bench.Bench;

/**
 * {@code bench [--sizes 1000,10000,100000] [--runs 5] [--warmup 2] [--start-runs 5] [--folder DIR]
 * [--no-startup] [--start-only [--installed DIR]] [--encryption] [--whole]}: the performance benchmark (docs/benchmarks.md). Demo data files are made once in
 * the folder and reused; --db is not used (the benchmark never touches a rep's data file), except that
 * {@code --db postgresql://…?user=LOGIN bench --whole} times the commands against that casebook as that login.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "repdesk bench [--sizes 1000,10000,100000] [--runs 5] [--warmup 2] [--start-runs 5] [--folder DIR]"
                + " [--no-startup] [--start-only [--installed DIR]] [--encryption] [--whole]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--sizes", "--runs", "--warmup", "--start-runs", "--folder", "--installed");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--no-startup", "--start-only", "--encryption", "--whole");
    }

    @Override
    public int run(Call call) {
        Args args = call.args();
        args.words(0, "nothing");
        List<Integer> sizes = new ArrayList<>();
        for (String s : args.option("--sizes").orElse("1000,10000,100000").split(",")) {
            try {
                int n = Integer.parseInt(s.strip().replace("_", ""));
                if (n < 1 || n > 1_000_000) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw args.wrong("--sizes takes case counts from 1 to 1000000 separated by commas, not \"" + s + "\""); // not for reps: a developer's benchmark
            }
        }
        int runs = (int) args.wholeNumber("--runs", 5, 1, 100);
        int warmup = (int) args.wholeNumber("--warmup", 2, 0, 100);
        int startRuns = (int) args.wholeNumber("--start-runs", 5, 1, 50);
        Path folder = Path.of(args.option("--folder").orElse(
                Path.of(System.getProperty("java.io.tmpdir"), "repdesk-bench").toString()));
        try {
            Bench.Options options = new Bench.Options(sizes, runs, warmup, startRuns, folder, !args.flag("--no-startup"));
            if (args.flag("--whole") && call.onCasebook()) {
                // The same commands against a branch casebook, as --db's login, beside psql (issue 21).
                new org.repdesk.bench.WholeCommands(options, call.out()).runOnCasebook(call.casebook());
            } else if (args.flag("--whole")) {
                // Each command as its own process, as a rep or a script waits for it (issue 21).
                new org.repdesk.bench.WholeCommands(options, call.out()).run();
            } else if (args.flag("--start-only")) {
                // The start-up rows alone, with and without an AppCDS archive, and with --installed the
                // real installed app (an app image such as /opt/repdesk, by its own launcher) beside them (issue 21).
                new Bench(options, call.out()).runStartOnly(args.option("--installed").map(Path::of).orElse(null));
            } else if (args.flag("--encryption")) {
                // What a passphrase costs: plain and encrypted copies of the same file, side by side.
                new org.repdesk.bench.EncryptionCost(options, call.out()).run();
            } else {
                new Bench(options, call.out()).run();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandFailure("the benchmark stopped: " + e.getMessage()); // not for reps: a developer's benchmark
        }
        return 0;
    }
}
