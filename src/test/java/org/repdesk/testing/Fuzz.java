package org.repdesk.testing;

import java.util.Random;

/**
 * Hostile text from a seeded Random, so a failure replays: any script, astral-plane characters
 * (emoji, CJK extension B, mathematical letters), combining marks, bidi and zero-width marks,
 * control characters, quotes and SQL metacharacters, and now and then a megabyte.
 */
public final class Fuzz {

    private static final String[] NASTY = {"'", "\"", "\"\"", "''", ";", "--", "/*", "*/", "%", "_", "\\", "`",
        "' OR '1'='1", "'); DROP TABLE member; --", "\"; DELETE FROM case_file; --", "NULL", "\u0000",
        "\u202E", "\u200D", "\uFEFF", "\u2028", "\u0301", "😀", "👩\u200d👧", "𠀀", "𝕏", "李", "Siân", "Łukasz",
        "\t", "\r\n", "\n", "\u0007", "\u001B[31m", "\u0085", "\u007F", ",", "\"\"\"", "<script>", "&amp;", "${x}",
        "%s%n", "\\u0000", "\uD800", "\uDFFF"};

    private final Random random;

    public Fuzz(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Any text: mostly short, sometimes long, now and then 1 MB. */
    public String text() {
        if (random.nextInt(100) < 40) {
            return cleanLine(80); // so that plenty of saves succeed and are read back
        }
        int roll = random.nextInt(100);
        int length = roll < 70 ? random.nextInt(40) : roll < 95 ? random.nextInt(400) : roll < 98 ? 150_000
                : 1_048_576;
        return text(length);
    }

    public String text(int length) {
        StringBuilder s = new StringBuilder(length + 16);
        while (s.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 2) {
                s.append(NASTY[random.nextInt(NASTY.length)]);
            } else if (kind < 3) {
                s.appendCodePoint(0x1F300 + random.nextInt(0x2FF)); // emoji
            } else if (kind < 4) {
                s.appendCodePoint(0x20000 + random.nextInt(0xA6DF)); // CJK extension B
            } else if (kind < 6) {
                s.appendCodePoint(bmpLetter());
            } else {
                s.append((char) (' ' + random.nextInt(95))); // printable ASCII
            }
        }
        return s.toString();
    }

    /** Text a careful rep could type: printable, one line, any script, no control characters. */
    public String cleanLine(int maxLength) {
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(maxLength);
        while (s.length() < length - 2) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                s.appendCodePoint(0x1F600 + random.nextInt(0x40));
            } else if (kind < 3) {
                s.appendCodePoint(bmpLetter());
            } else {
                String plain = "abcdefghij KLMNOP'\"-;%_,.()";
                s.append(plain.charAt(random.nextInt(plain.length())));
            }
        }
        String t = s.toString().strip();
        return t.isEmpty() ? "x" : t;
    }

    private int bmpLetter() {
        int[][] ranges = {{0x00C0, 0x024F}, {0x0370, 0x03FF}, {0x0400, 0x04FF}, {0x05D0, 0x05EA}, {0x0620, 0x064A},
            {0x0900, 0x097F}, {0x3040, 0x30FF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}};
        int[] r = ranges[random.nextInt(ranges.length)];
        return r[0] + random.nextInt(r[1] - r[0] + 1);
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
