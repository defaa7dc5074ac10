package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.repdesk.testing.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A case's document previewed as pages: each page's picture says which page it is to a screen reader. */
@ExtendWith(ApplicationExtension.class)
class PreviewPagesSayWhichPageTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void english(FxRobot robot) {
        Messages.setLanguage(Messages.ENGLISH);
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != owner).toList()
                .forEach(javafx.stage.Window::hide));
    }

    @Test
    void eachPageOfAPreviewedDocumentSaysWhichOfHowManyItIs(FxRobot robot) throws Exception {
        assertEquals(List.of("Page 1 of 2", "Page 2 of 2"), said(robot, 2));
    }

    @Test
    void inWelshToo(FxRobot robot) throws Exception {
        Messages.setLanguage(Messages.WELSH);
        assertEquals(List.of("Tudalen 1 o 3", "Tudalen 2 o 3", "Tudalen 3 o 3"), said(robot, 3));
    }

    private List<String> said(FxRobot robot, int pages) throws Exception {
        DocumentPreviewViewModel vm = new DocumentPreviewViewModel();
        robot.interact(() -> DocumentPreviewDialog.show(owner, vm, () -> { }));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB), "png", png);
        robot.interact(() -> vm.images().setAll(Collections.nCopies(pages, png.toByteArray())));
        FxWait.waitUntil(() -> robot.lookup(".image-view").queryAll().size() == pages);
        return robot.lookup(".image-view").queryAll().stream().map(Node::getAccessibleText).toList();
    }
}
