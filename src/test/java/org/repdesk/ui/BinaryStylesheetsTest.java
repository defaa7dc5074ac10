package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each stylesheet the windows use has its binary form beside it, made from it by the build (pom.xml,
 * Css2Bin): JavaFX reads X.bss instead of parsing X.css when both are there, so a missing one costs the
 * first frame the parsing again (issue 21), and one older than its .css would style the windows as the
 * .css no longer says, unseen. Fails until the build has made them (mvn process-classes, or any later phase).
 */
class BinaryStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"repdesk", "absence/absence"})
    void theBinaryFormIsTheStylesheetAsItIsNow(String name) throws Exception {
        URL css = BinaryStylesheetsTest.class.getResource(name + ".css");
        URL bss = BinaryStylesheetsTest.class.getResource(name + ".bss");
        assertNotNull(css, name + ".css");
        assertNotNull(bss, name + ".bss: made by the build from " + name + ".css (pom.xml, exec-maven-plugin)");
        assertEquals(rules(new CssParser().parse(css)), rules(Stylesheet.loadBinary(bss)),
                name + ".bss is not " + name + ".css as it is now: build again (mvn process-classes)");
    }

    /**
     * Each rule's selectors and declarations, as words. Not the bytes: a .bss lists a selector's style
     * classes in the order this JVM first met them, so the same stylesheet converted after other
     * windows were styled has other bytes, and the same meaning.
     */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(rule -> rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue() + (d.isImportant() ? " !important" : ""))
                .collect(Collectors.joining("; ")) + " }").toList();
    }
}
