package org.repdesk.cli;

import org.repdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A command's arguments after its name: words (e.g. "members", a file name), {@code --name value}
 * options ({@code --name=value} works too) and {@code --name} flags, which take no value. Unknown,
 * repeated or valueless options, and flags given a value, are usage errors.
 */
final class Args {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");

    private final List<String> words;
    private final Map<String, String> options;
    private final Set<String> flags;
    private final String usage;

    private Args(List<String> words, Map<String, String> options, Set<String> flags, String usage) {
        this.words = words;
        this.options = options;
        this.flags = flags;
        this.usage = usage;
    }

    /** Splits {@code tokens} by the options the command accepts (names with their leading "--"). */
    static Args parse(List<String> tokens, Set<String> allowed, String usage) {
        return parse(tokens, allowed, Set.of(), usage);
    }

    /** As {@link #parse(List, Set, String)}, with flags: options that take no value. */
    static Args parse(List<String> tokens, Set<String> allowed, Set<String> allowedFlags, String usage) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("--") || token.equals("--")) {
                words.add(token);
                continue;
            }
            String name = token;
            String value = null;
            int eq = token.indexOf('=');
            if (eq > 0) {
                name = token.substring(0, eq);
                value = token.substring(eq + 1);
            }
            if (allowedFlags.contains(name)) {
                if (value != null) {
                    throw new UsageException(Messages.text("cli.args.noValue", Map.of("name", name)), usage);
                }
                if (!flags.add(name)) {
                    throw new UsageException(Messages.text("cli.args.twice", Map.of("name", name)), usage);
                }
                continue;
            }
            if (!allowed.contains(name)) {
                throw new UsageException(Messages.text("cli.args.unknown", Map.of("name", name)), usage);
            }
            if (value == null) {
                if (i + 1 >= tokens.size()) {
                    throw new UsageException(Messages.text("cli.args.needsValue", Map.of("name", name)), usage);
                }
                value = tokens.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new UsageException(Messages.text("cli.args.twice", Map.of("name", name)), usage);
            }
        }
        return new Args(List.copyOf(words), Map.copyOf(options), Set.copyOf(flags), usage);
    }

    List<String> words() {
        return words;
    }

    /** Exactly {@code n} words, or a usage error naming what was expected. */
    List<String> words(int n, String expected) {
        if (words.size() < n) {
            throw new UsageException(Messages.text("cli.args.missing", Map.of("what", expected)), usage);
        }
        if (words.size() > n) {
            throw new UsageException(Messages.text("cli.args.unexpected",
                    Map.of("words", String.join(" ", words.subList(n, words.size())))), usage);
        }
        return words;
    }

    /** Whether the flag {@code name} was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new UsageException(Messages.text("cli.args.missing", Map.of("what", name)),
                usage));
    }

    /** A whole number within bounds, or the default when the option is absent. */
    long wholeNumber(String name, long fallback, long min, long max) {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(text.strip());
            if (n < min || n > max) {
                throw new UsageException(Messages.text("cli.args.between", Map.of("name", name, "min", String.valueOf(min),
                        "max", String.valueOf(max))), usage);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.text("cli.args.whole", Map.of("name", name, "text", text)), usage);
        }
    }

    /** A plain decimal such as 37 or 7.4 (no signs, exponents or NaN), within bounds. */
    Double decimal(String name, boolean required, double min, double max) {
        String text = required ? required(name) : options.get(name);
        if (text == null) {
            return null;
        }
        if (!PLAIN_NUMBER.matcher(text.strip()).matches()) {
            throw new UsageException(Messages.text("cli.args.number", Map.of("name", name, "text", text)), usage);
        }
        double d = Double.parseDouble(text.strip());
        if (d < min || d > max) {
            throw new UsageException(Messages.text("cli.args.between", Map.of("name", name, "min", plain(min),
                    "max", plain(max))), usage);
        }
        return d;
    }

    /** The names of the options given (with their leading "--"), for commands whose subcommands accept different ones. */
    Set<String> givenOptions() {
        return options.keySet();
    }

    /** The names of the flags given. */
    Set<String> givenFlags() {
        return flags;
    }

    UsageException wrong(String message) {
        return new UsageException(message, usage);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
