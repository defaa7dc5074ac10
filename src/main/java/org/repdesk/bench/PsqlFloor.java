package org.repdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repdesk.model.CasebookAddress;

/**
 * The floor for a casebook's queries: the same statements run by {@code psql} as the same login,
 * timed by psql itself ({@code \timing}), so connecting and starting psql are not counted.
 */
final class PsqlFloor {

    private static final Pattern TIME = Pattern.compile("^Time: ([0-9.]+) ms", Pattern.MULTILINE);

    private PsqlFloor() {
    }

    /** The median over {@code runs} of the statements' total time in ms; null when psql is not installed. */
    static Double median(CasebookAddress address, char[] password, List<String> statements, int runs) {
        try {
            Path script = Files.createTempFile("repdesk-floor", ".sql");
            try {
                StringBuilder sql = new StringBuilder("\\timing on\n");
                for (int i = 0; i < runs; i++) {
                    for (String s : statements) {
                        sql.append(s).append(";\n");
                    }
                }
                Files.writeString(script, sql, StandardCharsets.UTF_8);
                ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-q", "-o", "/dev/null", "-h", address.host(), "-p",
                        Integer.toString(address.port()), "-U", address.user(), "-d", address.database(), "-f",
                        script.toString());
                pb.environment().put("PGPASSWORD", new String(password));
                pb.redirectErrorStream(true);
                Process p = pb.start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    return null;
                }
                List<Double> perStatement = new ArrayList<>();
                Matcher m = TIME.matcher(output);
                while (m.find()) {
                    perStatement.add(Double.parseDouble(m.group(1)));
                }
                if (perStatement.size() != runs * statements.size()) {
                    return null;
                }
                List<Double> totals = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    double total = 0;
                    for (int j = 0; j < statements.size(); j++) {
                        total += perStatement.get(i * statements.size() + j);
                    }
                    totals.add(total);
                }
                Collections.sort(totals);
                return totals.get(totals.size() / 2);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            return null; // no psql on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
