package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The character rules of {@link Problems} and {@link SpreadsheetFormula#looksLikeOne} are loops, not
 * regular expressions (issue 21: a Matcher per field per row was most of what a member import
 * allocated). Each loop says what the expression it replaced says, on the edges and on random text.
 */
class ProblemsCharacterRulesTest {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern BROKEN_CHARACTER = Pattern.compile("[\\x{D800}-\\x{DFFF}]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .\\-]{6,25}$");
    private static final Pattern LOOKS_LIKE_A_FORMULA = Pattern.compile("[=@\\t\\r].*|[+\\-].*[=+\\-*/^&(@].*",
            Pattern.DOTALL);
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9 ()\\-]*");

    /** Characters on either side of every rule's edges, and a whole pair (an emoji) as two chars. */
    private static final String[] PIECES = {"a", "Z", "0", "9", "@", ".", " ", "\t", "\n", "\r", "\u000B", "\f",
        "\u0000", "\u001F", "\u0020", "\u007E", "\u007F", "\u009F", "\u00A0", "\u0085", "\u2028", "+", "-", "(", ")",
        "=", "*", "/", "^", "&", "é", "Ŵ", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDBFF", "\uDC00", "'"};

    @Test
    void controlCharactersAreThoseOfUnicodesCcButTabsAndLineBreaks() {
        assertTrue(Problems.hasControlCharacter("a\u0000"));
        assertTrue(Problems.hasControlCharacter("\u007F"));
        assertTrue(Problems.hasControlCharacter("\u009F"));
        assertTrue(Problems.hasControlCharacter("\u000B"));
        assertFalse(Problems.hasControlCharacter("tab\there\r\nand there"));
        assertFalse(Problems.hasControlCharacter("\u00A0\u0085".substring(0, 1)));
        assertFalse(Problems.hasControlCharacter("Siân Ŵ \uD83D\uDE00"));
    }

    @Test
    void aBrokenCharacterIsHalfAPairAndAWholePairIsNot() {
        assertFalse(Problems.hasBrokenCharacter("smile \uD83D\uDE00 please"));
        assertTrue(Problems.hasBrokenCharacter("\uD83D"));
        assertTrue(Problems.hasBrokenCharacter("\uDE00\uD83D"));
        assertTrue(Problems.hasBrokenCharacter("\uD83D\uD83D\uDE00"));
        assertTrue(Problems.hasBrokenCharacter("\uD83D\uDE00\uDE00"));
        assertTrue(Problems.hasBrokenCharacter("x\uDE00"));
    }

    @Test
    void emailsAndPhoneNumbersAreCheckedAsBefore() {
        assertTrue(Problems.looksLikeEmail("sian.jones@justice.example.org"));
        assertTrue(Problems.looksLikeEmail("a@.b.c"));
        assertFalse(Problems.looksLikeEmail("a@b."));
        assertFalse(Problems.looksLikeEmail("a@b.c@d.e"));
        assertFalse(Problems.looksLikeEmail("@b.c"));
        assertFalse(Problems.looksLikeEmail("a b@c.d"));
        assertTrue(Problems.looksLikePhone("+44 (0)7700 900-123"));
        assertFalse(Problems.looksLikePhone("07700"));
        assertFalse(Problems.looksLikePhone("0".repeat(26)));
        assertFalse(Problems.looksLikePhone("07700 900ext"));
    }

    @Test
    void onRandomTextEachLoopSaysWhatItsExpressionSaid() {
        Random random = new Random(21);
        int[] yes = new int[5];
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 30 : 9);
            for (int i = 0; i < length; i++) {
                // Mostly what emails and phone numbers are made of, so those rules say yes often enough.
                String[] from = random.nextInt(3) == 0 ? PIECES : new String[] {"a", "@", ".", "0", "1", " ", "+", "("};
                text.append(from[random.nextInt(from.length)]);
            }
            String s = text.toString();
            boolean[] said = {CONTROL.matcher(s).find(), BROKEN_CHARACTER.matcher(s).find(), EMAIL.matcher(s).matches(),
                PHONE.matcher(s).matches(), LOOKS_LIKE_A_FORMULA.matcher(s).matches() && !PHONE_LIKE.matcher(s).matches()};
            assertEquals(said[0], Problems.hasControlCharacter(s), () -> shown(s));
            assertEquals(said[1], Problems.hasBrokenCharacter(s), () -> shown(s));
            assertEquals(said[2], Problems.looksLikeEmail(s), () -> shown(s));
            assertEquals(said[3], Problems.looksLikePhone(s), () -> shown(s));
            assertEquals(said[4], SpreadsheetFormula.looksLikeOne(s), () -> shown(s));
            for (int rule = 0; rule < said.length; rule++) {
                yes[rule] += said[rule] ? 1 : 0;
            }
        }
        // Both answers of every rule met often, or the comparison would prove little.
        for (int count : yes) {
            assertTrue(count > 500 && count < 199_500, java.util.Arrays.toString(yes));
        }
    }

    private static String shown(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
