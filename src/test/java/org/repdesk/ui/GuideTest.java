package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/** Help ▸ Guide: both languages, the same sections and pictures, each picture shipped, docs/guide.md in step. */
class GuideTest {

    private static final Pattern PICTURE = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)");

    @Test
    void theGuideHasTheSameSectionsAndPicturesInBothLanguages() {
        String en = GuideWindow.text(Messages.ENGLISH);
        String cy = GuideWindow.text(Messages.WELSH);
        assertEquals(sections(en).size(), sections(cy).size());
        assertEquals(4, sections(en).size(), "log a case, prepare for a hearing, make a brief, protect the file");
        // The same pictures, taken in each language: guide-case.png and guide-case-cy.png.
        assertEquals(pictures(en).stream().map(p -> p.replace(".png", "-cy.png")).toList(), pictures(cy));
        assertTrue(cy.contains("Cofnodi achos") && cy.contains("Diogelu'r ffeil"));
    }

    @Test
    void everyPictureTheGuideNamesIsInTheApp() {
        for (var language : List.of(Messages.ENGLISH, Messages.WELSH)) {
            for (String picture : pictures(GuideWindow.text(language))) {
                assertNotNull(GuideWindow.class.getResource("guide/" + picture), picture);
                assertTrue(Files.exists(Path.of("docs/screenshots", picture)), "docs/screenshots/" + picture);
            }
        }
    }

    @Test
    void docsGuideHoldsTheSameText() throws Exception {
        String docs = Files.readString(Path.of("docs/guide.md"));
        for (var language : List.of(Messages.ENGLISH, Messages.WELSH)) {
            String text = GuideWindow.text(language).strip().replace("](guide-", "](screenshots/guide-");
            assertTrue(docs.contains(text), "docs/guide.md differs from the app's guide in " + language);
        }
    }

    private static List<String> sections(String text) {
        return text.lines().filter(l -> l.startsWith("## ")).toList();
    }

    private static List<String> pictures(String text) {
        Matcher m = PICTURE.matcher(text);
        return m.results().map(r -> r.group(1)).toList();
    }
}
