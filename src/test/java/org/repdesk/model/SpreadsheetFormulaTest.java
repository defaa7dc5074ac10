package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetFormulaTest {

    @Test
    void everyCharacterOwaspListsGetsALeadingQuoteAndNothingElseDoes() {
        for (String formula : List.of("=1+1", "+447700900123", "-5", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + formula, SpreadsheetFormula.neutralised(formula), formula);
        }
        for (String plain : List.of("007123", "Siân O'Neil", "3/4", "50%", "1E5", "", "'quoted")) {
            assertEquals(plain, SpreadsheetFormula.neutralised(plain), plain);
        }
    }

    @Test
    void aNeutralisedCellIsRestoredAsTypedButAnOrdinaryApostropheIsKept() {
        for (String text : List.of("=HYPERLINK(\"http://x\",\"click\")", "-Smith", "+44 7700 900123", "'quoted", "O'Neil")) {
            assertEquals(text, SpreadsheetFormula.restored(SpreadsheetFormula.neutralised(text)), text);
        }
    }

    @Test
    void formulasAreFlaggedButPhoneNumbersAndHyphenatedNamesAreNot() {
        assertTrue(SpreadsheetFormula.looksLikeOne("=1+1"));
        assertTrue(SpreadsheetFormula.looksLikeOne("=HYPERLINK(\"http://x\",\"click\")"));
        assertTrue(SpreadsheetFormula.looksLikeOne("@SUM(A1:A3)"));
        assertTrue(SpreadsheetFormula.looksLikeOne("+cmd|' /C calc'!A0"));
        assertTrue(SpreadsheetFormula.looksLikeOne("-1+1"));
        assertFalse(SpreadsheetFormula.looksLikeOne("+447700900123"));
        assertFalse(SpreadsheetFormula.looksLikeOne("+44 (0)7700 900123"));
        assertFalse(SpreadsheetFormula.looksLikeOne("-Smith"));
        assertFalse(SpreadsheetFormula.looksLikeOne("Team = North"));
        assertFalse(SpreadsheetFormula.looksLikeOne(null));
    }

    @Test
    void aMemberSaysWhichOfItsFieldsLookLikeFormulas() {
        Member m = Member.create("007123", "=HYPERLINK(\"http://x\",\"click\")", Union.NAPO, Grade.PO, "=1+1", null, null,
                null, "+447700900123", 37.0);

        assertEquals(List.of("Name", "Team"), m.fieldsLikeFormulas());
    }
}
