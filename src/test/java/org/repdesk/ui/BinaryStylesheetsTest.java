package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.io.TempDir;
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
    void theBinaryFormIsTheStylesheetAsItIsNow(String name, @TempDir Path folder) throws Exception {
        URL css = BinaryStylesheetsTest.class.getResource(name + ".css");
        URL bss = BinaryStylesheetsTest.class.getResource(name + ".bss");
        assertNotNull(css, name + ".css");
        assertNotNull(bss, name + ".bss: made by the build from " + name + ".css (pom.xml, exec-maven-plugin)");
        File fresh = folder.resolve("fresh.bss").toFile();
        Stylesheet.convertToBinary(new File(css.toURI()), fresh);
        try (var in = bss.openStream()) {
            assertArrayEquals(Files.readAllBytes(fresh.toPath()), in.readAllBytes(),
                    name + ".bss is not " + name + ".css as it is now: build again (mvn process-classes)");
        }
    }
}
