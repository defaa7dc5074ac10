package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The importer reads hours and looks for line breaks with loops rather than a Matcher per value (issue
 * 21); each loop says what the expression it replaced says, on the edges and on random text.
 */
class MemberImportValuesTest {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,12}(\\.\\d+)?|\\.\\d+)");
    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*\\R[\\s]*");
    private static final String[] PIECES = {"0", "1", "9", ".", "-", "+", "e", " ", "٣", "½", ",", "\n", "\r",
        "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\t", "a"};

    @Test
    void hoursAreReadAsAPlainDecimalAndNothingElse() {
        for (String plain : new String[] {"37", "22.5", "-5", ".5", "-.5", "000000000037", "1000"}) {
            assertTrue(MemberImport.plainDecimal(plain), plain);
        }
        for (String wrong : MemberImportFuzzTest.WRONG_NUMBERS) {
            if (!wrong.equals("-5")) {
                assertFalse(MemberImport.plainDecimal(wrong), wrong);
            }
        }
        for (String wrong : new String[] {"", "-", "37.", "1234567890123", "--5", "5-", "-.", ". 5"}) {
            assertFalse(MemberImport.plainDecimal(wrong), wrong);
        }
    }

    @Test
    void onRandomTextTheLoopsSayWhatTheExpressionsSaid() {
        Random random = new Random(21);
        int numbers = 0;
        int breaks = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 16 : 6);
            for (int i = 0; i < length; i++) {
                text.append(random.nextBoolean() ? PIECES[random.nextInt(5)] : PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            boolean number = NUMBER.matcher(s).matches();
            boolean lineBreak = LINE_BREAKS.matcher(s).find();
            assertEquals(number, MemberImport.plainDecimal(s), s);
            assertEquals(lineBreak, MemberImport.hasLineBreak(s), s);
            numbers += number ? 1 : 0;
            breaks += lineBreak ? 1 : 0;
        }
        // Both answers met often, or the comparison would prove little.
        assertTrue(numbers > 1_000 && numbers < 99_000, "numbers " + numbers);
        assertTrue(breaks > 1_000 && breaks < 99_000, "line breaks " + breaks);
    }
}
