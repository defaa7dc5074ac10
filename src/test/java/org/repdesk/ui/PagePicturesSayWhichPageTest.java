package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A document's preview shows its pages as pictures, which have no words of their own: a screen reader
 * said nothing of them. Each now says which page it is, in the rep's language.
 */
@ExtendWith(ApplicationExtension.class)
class PagePicturesSayWhichPageTest {

    private PagePreview preview;

    @Start
    void start(Stage stage) {
        preview = new PagePreview("Preparing the pages…");
        stage.setScene(new Scene(preview, 600, 500));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLanguage(Messages.ENGLISH);
    }

    @Test
    void eachPageSaysWhichOfHowManyItIsInEnglishAndWelsh(FxRobot robot) {
        robot.interact(() -> preview.showPages(pages(3)));
        assertEquals(List.of("Page 1 of 3", "Page 2 of 3", "Page 3 of 3"), said(robot));

        Messages.setLanguage(Messages.WELSH);
        robot.interact(() -> preview.showPages(pages(2)));
        assertEquals(List.of("Tudalen 1 o 2", "Tudalen 2 o 2"), said(robot));
    }

    private List<String> said(FxRobot robot) {
        return robot.lookup(".image-view").queryAll().stream().filter(n -> n.getScene() != null)
                .map(Node::getAccessibleText).toList();
    }

    /** {@code n} small blank pages, as PNG, as the PDF renderer gives them. */
    static List<byte[]> pages(int n) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB), "png", png);
            return java.util.Collections.nCopies(n, png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
