package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * repdesk.css parses whole: one missing brace (after ".success") made JavaFX drop every rule after
 * it, unseen but for a warning in the log.
 */
class StylesheetTest {

    @Test
    void theStylesheetHasNoSyntaxErrors() throws Exception {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(StylesheetTest.class.getResource("repdesk.css"));
        assertEquals(List.of(), List.copyOf(CssParser.errorsProperty()));
        List<String> selectors = sheet.getRules().stream().map(Rule::getSelectors)
                .flatMap(List::stream).map(Object::toString).toList();
        assertTrue(selectors.stream().anyMatch(s -> s.contains("text-size-24")), "the last rules are read: " + selectors);
    }
}
