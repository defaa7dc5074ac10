package org.repdesk.cli;

import java.util.Set;
import org.repdesk.bench.CasebookLoad;

/**
 * {@code bench-casebook [--reps 20] [--cases 100000] [--seconds 180]}: the branch casebook under
 * load (docs/benchmarks.md). Run as the owner of a scratch casebook: it fills it once, adds
 * bench_rep_NN logins and spreads the cases over them.
 */
final class CasebookBenchCommand implements Command {

    @Override
    public String name() {
        return "bench-casebook";
    }

    @Override
    public String usage() {
        return "repdesk --db postgresql://SERVER/SCRATCH_DB?user=OWNER bench-casebook [--reps 20] [--cases 100000] [--seconds 180] [--think-ms 2000]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--reps", "--cases", "--seconds", "--think-ms");
    }

    @Override
    public int run(Call call) {
        Args args = call.args();
        args.words(0, "nothing");
        int reps = (int) args.wholeNumber("--reps", 20, 1, 200);
        int cases = (int) args.wholeNumber("--cases", 100_000, 10, 1_000_000);
        int seconds = (int) args.wholeNumber("--seconds", 180, 5, 3600);
        int think = (int) args.wholeNumber("--think-ms", 2000, 0, 60_000);
        if (!call.onCasebook()) {
            throw new CommandFailure("bench-casebook runs against a scratch casebook: --db postgresql://SERVER/DB?user=OWNER"); // not for reps: a developer's benchmark
        }
        String password = call.environment().apply(Passphrases.SERVER_PASSWORD);
        try {
            new CasebookLoad(call.casebook(), password == null ? null : password.toCharArray(), reps, cases, seconds, think,
                    call.out()).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("the benchmark was interrupted"); // not for reps: a developer's benchmark
        }
        return 0;
    }
}
