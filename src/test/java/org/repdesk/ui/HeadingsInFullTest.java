package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Welsh headings stay whole when the rep makes the text larger: every column widened in the one pass. */
@ExtendWith(ApplicationExtension.class)
class HeadingsInFullTest {

    private TableView<String> table;
    private StackPane root;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        for (String heading : List.of("Pwyntiau", "Gweithiwyd", "Oriau dan gontract", "Achosion")) {
            table.getColumns().add(Tables.column(heading, 30, s -> s));
        }
        table.getItems().add("Siân");
        root = new StackPane(table);
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    @Test
    void aLargerTextSizeWidensEveryColumnToItsHeading(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.setStyle("-fx-font-size: 24px"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            for (Node node : table.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                        && header.lookup(".label") instanceof Label label) {
                    double heading = label.prefWidth(-1);
                    assertTrue(header.getTableColumn().getMinWidth() >= heading,
                            label.getText() + ": " + header.getTableColumn().getMinWidth() + " < " + heading);
                    assertTrue(heading > 60, label.getText() + " measured at the larger size: " + heading);
                }
            }
        });
    }
}
