package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column is sized to its longest line, counted in place as String.split("\\R") would count it. */
class SpreadsheetLongestLineTest {

    @Test
    void everyKindOfLineBreakCountsAsRegexBreaksDo() {
        List<String> texts = List.of("", "one line", "short\nmuch longer line", "a\r\nbb\r\nccc", "lone\rreturn here",
                "two\n\nblank", "ends with a break\n", "\r\n", "\n\r", "tab\u000Bvertical\ffeed\u0085next\u2028line\u2029para",
                "Siân 😀 👩\u200d👧\r\nZoë", "\r\r\n\n");
        for (String text : texts) {
            int byRegex = Arrays.stream(text.split("\\R", -1)).mapToInt(String::length).max().orElse(0);
            assertEquals(byRegex, SpreadsheetFile.longestLine(text), text);
        }
    }
}
