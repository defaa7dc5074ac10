package org.repdesk.model;

import org.repdesk.i18n.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a branch casebook is: {@code postgresql://HOST[:PORT]/DATABASE?user=LOGIN[&sslmode=…]}, as
 * {@code psql} takes it (also written {@code postgres://…} or {@code jdbc:postgresql://…}). A password
 * is never part of it: it comes from PGPASSWORD, ~/.pgpass or a prompt, so an address can be
 * remembered and shown safely.
 */
public record CasebookAddress(String host, int port, String database, String user, Map<String, String> options) {

    public static final int DEFAULT_PORT = 5432;
    /** Connection options passed on to the driver; anything else in the address is refused. */
    private static final Set<String> KNOWN_OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connectTimeout", "options", "application_name");

    public CasebookAddress {
        options = Map.copyOf(options);
    }

    /** True when {@code text} is written as a casebook address rather than a file name. */
    public static boolean looksLikeOne(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql://");
    }

    /**
     * Reads an address. The login may be given as {@code user=} or before an {@code @}; a password
     * in the address is refused, so it never reaches a shell history or the recent-casebooks list.
     *
     * @throws IllegalArgumentException with a one-line reason a rep can act on
     */
    public static CasebookAddress parse(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "jdbc:", 0, 5)) {
            t = t.substring(5);
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(Messages.text("casebookAddress.notAnAddress", Map.of("text", text)));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException(Messages.text("casebookAddress.notPostgresql", Map.of("text", text)));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(Messages.text("casebookAddress.noServer"));
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isBlank() || database.contains("/")) {
            throw new IllegalArgumentException(Messages.text("casebookAddress.noDatabase"));
        }
        Map<String, String> options = new LinkedHashMap<>();
        String user = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            if (info.contains(":")) {
                throw new IllegalArgumentException(Messages.text("casebookAddress.noPassword"));
            }
            user = decode(info);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("user")) {
                    user = value;
                } else if (key.equals("password")) {
                    throw new IllegalArgumentException(Messages.text("casebookAddress.noPassword"));
                } else if (KNOWN_OPTIONS.contains(key)) {
                    options.put(key, value);
                } else {
                    throw new IllegalArgumentException(Messages.text("casebookAddress.unknownOption", Map.of("option", key,
                            "known", String.join(", ", new java.util.TreeSet<>(KNOWN_OPTIONS)))));
                }
            }
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException(Messages.text("casebookAddress.noLogin"));
        }
        return new CasebookAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user, options);
    }

    /** The same casebook reached with another login (the owner setting it up, say). */
    public CasebookAddress as(String login) {
        return new CasebookAddress(host, port, database, login, options);
    }

    /** The address without any secret, as a rep would type it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("postgresql://").append(host);
        if (port != DEFAULT_PORT) {
            s.append(':').append(port);
        }
        s.append('/').append(database).append("?user=").append(encode(user));
        options.forEach((k, v) -> s.append('&').append(k).append('=').append(encode(v)));
        return s.toString();
    }

    /**
     * "branch on server.example.org (as jsmith)", in the language RepDesk speaks now ("branch ar
     * server.example.org (fel jsmith)"): for the window title, the status line and messages.
     */
    public String describe() {
        return Messages.text("casebookAddress.describe", Map.of("database", database,
                "server", host + (port != DEFAULT_PORT ? ":" + port : ""), "login", user));
    }

    /** The address as the PostgreSQL JDBC driver takes it (no login, no password). */
    public String jdbcUrl() {
        StringBuilder s = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(encode(database));
        char sep = '?';
        for (Map.Entry<String, String> e : options.entrySet()) {
            s.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return s.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
