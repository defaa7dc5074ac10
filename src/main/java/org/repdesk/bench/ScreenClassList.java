package org.repdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the list of classes org.repdesk.ui.ScreenClasses loads ahead once the first frame is out:
 * starts the app once through the start-up probe's whole journey (the cases list, two filters, a
 * search, the first case, then members, workload, demands and briefs) with the JVM's class-loading
 * log on and nothing loaded ahead, and keeps, in load order, the classes first loaded after the lists
 * were read, which the start-up's own list ({@link StartupClassList}) does not hold: what the screens
 * need the first time each is opened. Run it again when the screens change, as that one, with a
 * display (or under xvfb-run), on a copy of the 100,000-case file:
 *
 * <pre>java -cp target/repdesk.jar org.repdesk.bench.ScreenClassList DATA_FILE [OUT]</pre>
 *
 * OUT defaults to src/main/resources/org/repdesk/ui/screen-classes.txt.
 */
public final class ScreenClassList {

    /** org.repdesk.ui.ScreenClasses's switch: set, the app loads nothing ahead for its screens. */
    public static final String SCREENS_OFF = "repdesk.screenClasses.off";
    private static final Pattern LIST_LOADED = Pattern.compile("LIST-LOADED ms=(\\d+)");
    private static final Pattern STALLS = Pattern.compile("^STALLS ", Pattern.MULTILINE);

    private ScreenClassList() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: java -cp repdesk.jar org.repdesk.bench.ScreenClassList DATA_FILE [OUT]");
            System.exit(2);
        }
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/org/repdesk/ui/screen-classes.txt");
        StartupClassList.ProbeRun run = StartupClassList.probeLoggingClasses(
                List.of("-D" + org.repdesk.StartupClasses.OFF + "=true", "-D" + SCREENS_OFF + "=true"),
                List.of("--db", args[0], "--type", Bench.KEYSTROKE_TEXT));
        Matcher loaded = LIST_LOADED.matcher(run.output());
        if (!loaded.find() || !STALLS.matcher(run.output()).find()) {
            System.err.println("the app did not go through the screens:\n" + run.output());
            System.exit(1);
        }
        List<String> names = screenClasses(run.classLog(), Long.parseLong(loaded.group(1)));
        StartupClassList.writeList(out,
                "# Classes the screens need when first opened, in load order: made by org.repdesk.bench.ScreenClassList", names);
        System.out.printf("%d classes after the lists were read at %s ms, written to %s%n", names.size(),
                loaded.group(1), out);
    }

    /**
     * The names worth loading ahead (as {@link StartupClassList#firstFrameClasses} keeps them) first
     * loaded after {@code fromMs}, from a {@code -Xlog:class+load:...:uptime} log.
     */
    static List<String> screenClasses(List<String> logLines, long fromMs) {
        Set<String> names = new LinkedHashSet<>(StartupClassList.firstFrameClasses(logLines, Long.MAX_VALUE));
        names.removeAll(StartupClassList.firstFrameClasses(logLines, fromMs));
        return new ArrayList<>(names);
    }
}
