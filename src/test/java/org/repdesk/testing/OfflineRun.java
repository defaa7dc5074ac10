package org.repdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import org.repdesk.cli.Cli;

/**
 * Runs RepDesk's commands under a guard that refuses and records every network attempt: any
 * socket connect, listen, accept or multicast, and any host name lookup (the JVM asks
 * checkConnect before each, for java.net, NIO channels and HTTP clients alike). Prints one line per
 * command ("exit N name") and then "attempts N" followed by what was attempted.
 */
public final class OfflineRun {

    private OfflineRun() {
    }

    /** Refuses the network; allows everything else (files, threads, reflection). */
    static final class NoNetwork extends SecurityManager {
        final List<String> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        /** The JDK's font system asks this machine's own name to name its font cache file; refused too, and counted apart. */
        final List<String> ownNameLookups = java.util.Collections.synchronizedList(new ArrayList<>());

        private void refuse(String what) {
            if (what.endsWith(":-1") && java.util.Arrays.stream(new Throwable().getStackTrace())
                    .anyMatch(e -> e.getClassName().equals("sun.font.FcFontConfiguration"))) {
                ownNameLookups.add(what);
                throw new SecurityException("network refused: " + what);
            }
            StringBuilder where = new StringBuilder(what);
            for (StackTraceElement e : new Throwable().getStackTrace()) {
                if (!e.getClassName().startsWith("java.") && !e.getClassName().startsWith("sun.")
                        && !e.getClassName().startsWith("jdk.") && !e.getClassName().contains("OfflineRun")) {
                    where.append(" from ").append(e);
                    break;
                }
            }
            attempts.add(where.toString());
            if (Boolean.getBoolean("offline.trace")) {
                new Throwable(what).printStackTrace(System.out);
            }
            throw new SecurityException("network refused: " + what);
        }

        @Override
        public void checkConnect(String host, int port) {
            refuse("connect " + host + ":" + port);
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            refuse("connect " + host + ":" + port);
        }

        @Override
        public void checkListen(int port) {
            refuse("listen " + port);
        }

        @Override
        public void checkAccept(String host, int port) {
            refuse("accept " + host + ":" + port);
        }

        @Override
        public void checkMulticast(java.net.InetAddress address) {
            refuse("multicast " + address);
        }

        @Override
        public void checkPermission(Permission perm) {
            if (perm instanceof java.net.SocketPermission || perm instanceof java.net.URLPermission) {
                refuse(perm.toString());
            }
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            checkPermission(perm);
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        NoNetwork guard = new NoNetwork();
        System.setSecurityManager(guard);
        if (args.length > 1 && args[1].equals("--control")) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", 9)) {
                System.out.println("control connected");
            } catch (SecurityException | java.io.IOException e) {
                System.out.println("control refused");
            }
        } else {
            String db = dir.resolve("offline.db").toString();
            Path csv = dir.resolve("members.csv");
            Files.writeString(csv, "membership_number,name,union,grade\nOFF-1,Offline Member,Napo,PO\n");
            run("demo", "--db", db, "demo", "--members", "30", "--cases", "60");
            run("import", "--db", db, "import", "members", csv.toString());
            run("demands", "--db", db, "demands", "--load-bulletins");
            run("brief", "--db", db, "brief", "--out", dir.resolve("brief.pdf").toString());
            run("brief-html", "--db", db, "brief", "--out", dir.resolve("brief.html").toString());
            run("report", "--db", db, "report", "caseload", "--out", dir.resolve("caseload.pdf").toString());
            run("export", "--db", db, "export", "cases", "--format", "json", "--out", dir.resolve("cases.json").toString());
            run("check", "--db", db, "check");
            run("backup", "--db", db, "backup");
        }
        System.out.println("font cache own-name lookups refused " + guard.ownNameLookups.size());
        System.out.println("attempts " + guard.attempts.size());
        guard.attempts.forEach(a -> System.out.println("attempt " + a));
        System.out.flush();
        System.exit(0);
    }

    private static void run(String name, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        System.out.println("exit " + exit + " " + name + (exit == 0 ? "" : " " + err.toString(StandardCharsets.UTF_8).strip()));
    }
}
