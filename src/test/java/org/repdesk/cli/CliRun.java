package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What one run of the command line printed and returned; never a stack trace. */
record CliRun(int exit, String out, String err) {

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Runs {@code repdesk ARGS} in-process with the given environment. */
    static CliRun of(Function<String, String> environment, Object... args) {
        List<String> list = new ArrayList<>();
        for (Object a : args) {
            list.add(a.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(list.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
        CliRun run = new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(run.err().contains("\tat "), "never a stack trace: " + run.err());
        return run;
    }

    /** Runs {@code repdesk --db FILE ARGS} in-process with no environment. */
    static CliRun onFile(java.nio.file.Path db, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return of(name -> null, all);
    }
}
