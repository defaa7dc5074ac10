package org.repdesk.cli;

import java.io.PrintStream;

/** The headless command line over the same services as the app. (Commands arrive in the next commit.) */
public final class Cli {

    private Cli() {
    }

    /** True when the arguments name a command rather than only options for the app. */
    public static boolean hasCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("repdesk: no commands yet");
        return 2;
    }
}
