package org.repdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.repdesk.model.CasebookAddress;

/**
 * The branch casebooks a rep opened lately, newest first, remembered in the data folder as their
 * addresses only: never a password (the server's login is the secret, typed or in ~/.pgpass).
 */
public final class RecentCasebooks {

    private static final Logger LOG = Logger.getLogger(RecentCasebooks.class.getName());
    static final int KEPT = 8;
    private final Path file;

    public RecentCasebooks(Path file) {
        this.file = file;
    }

    /** The list kept beside the default data file. */
    public static RecentCasebooks inDataFolder() {
        return new RecentCasebooks(DataLocation.defaultDataFile().resolveSibling("recent-casebooks.txt"));
    }

    /** Newest first; a line that is no longer a valid address is skipped. */
    public List<CasebookAddress> list() {
        List<CasebookAddress> out = new ArrayList<>();
        try {
            if (!Files.isRegularFile(file)) {
                return out;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try {
                        out.add(CasebookAddress.parse(line));
                    } catch (IllegalArgumentException e) {
                        LOG.log(Level.FINE, "a remembered casebook address no longer reads", e);
                    }
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "reading the recent casebooks", e);
        }
        return out;
    }

    /** Puts {@code opened} first (once), keeping the newest {@value #KEPT}. */
    public void remember(CasebookAddress opened) {
        List<CasebookAddress> kept = new ArrayList<>(list());
        kept.removeIf(a -> a.toString().equals(opened.toString()));
        kept.add(0, opened);
        List<String> lines = kept.stream().limit(KEPT).map(CasebookAddress::toString).toList();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OwnerOnlyFile.write(file, out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "remembering a casebook", e); // a convenience: never stops the opening
        }
    }
}
