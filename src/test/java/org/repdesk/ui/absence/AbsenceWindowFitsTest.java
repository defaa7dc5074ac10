package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.FxWait;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.DateField;
import org.repdesk.ui.handles.AbsenceWindowHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The absence record in Welsh over a 1024x700 window (issue 20): it was a fixed 1000x640 whose list
 * scrolled sideways, its headings read "Diwrnod…" and "Di…", and its date fields "dd/mm/bbb".
 */
@ExtendWith(ApplicationExtension.class)
class AbsenceWindowFitsTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage main;
    private final Background background = new Background();

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.WELSH);
        // The theme the window opens in (a test before may have left another, or none).
        org.repdesk.ui.Styling.use(org.repdesk.service.DeskPreferences.Theme.LIGHT,
                org.repdesk.service.DeskPreferences.DEFAULT_TEXT_SIZE);
        main = stage;
        desk = TestDesk.open(dir.resolve("absence-fits-" + System.nanoTime()));
        Member member = desk.members().save(aMember().named("Mairéad Ahmed").number("U1100356").hours(37.0).build());
        desk.absences().add(Absence.of(member.id(), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26), null,
                AbsenceReason.values()[0], true, false, true, true));
        desk.absences().add(Absence.of(member.id(), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 11), null,
                AbsenceReason.OTHER, false, false, false, false)); // a reason on one line, no notes
        stage.setScene(new javafx.scene.Scene(new Label("RepDesk")));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1024);
        stage.setHeight(700);
        stage.show();
        AbsenceWindow.show(stage, background, desk.absences(), member);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        background.shutdown();
        desk.close();
    }

    @Test
    void itIsSizedToItsOwnerAndGrowsWithItAndItsHeadingsGoOnTwoLines() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D over1280 = AbsenceWindow.sizeOver(1280, 800, big);
        assertTrue(over1280.getWidth() > 1200 && over1280.getHeight() > 740, "over a 1280x800 window: " + over1280);
        // Never larger than the screen, whatever the owner.
        Rectangle2D onSmall = AbsenceWindow.sizeOver(1280, 800, new Rectangle2D(0, 0, 1024, 700));
        assertTrue(onSmall.getWidth() <= 1024 && onSmall.getHeight() <= 700, "on a 1024x700 screen: " + onSmall);
        assertEquals("Diwrnod\ncyntaf", AbsenceView.onTwoLines("Diwrnod cyntaf"));
        assertEquals("Yn gadael\nar", AbsenceView.onTwoLines("Yn gadael ar"));
        assertEquals("Diwrnodau", AbsenceView.onTwoLines("Diwrnodau"));
    }

    @Test
    void theListFitsWithoutScrollingSidewaysAndItsHeadingsAndDatePromptsAreWhole(FxRobot robot) throws Exception {
        AbsenceWindowHandle absences = new AbsenceWindowHandle(robot);
        TableView<?> table = absences.table();
        FxWait.waitUntil(() -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        // Measured once the window has been laid out (FX events having run is not a pulse having run): one full run
        // with two test JVMs read "columns 572.0 wide in a list 536.0 wide" here, which three other full runs and
        // the same classes replayed in one JVM passed; a pulse not yet run is the likely cause, not proven.
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> table.getWidth() > 0 && !table.isNeedsLayout() && !table.getScene().getRoot().isNeedsLayout()).get());
        // The constrained columns can settle a pulse after that (the same reading came back in a twentieth-session
        // run): given up to 10 s to fit, after which the check below says by how much they do not.
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum() <= table.getWidth())
                    .get());
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below reports it
        }

        var window = absences.window();
        assertTrue(window.getWidth() >= main.getWidth() - 48 && window.getWidth() <= main.getWidth(),
                "the window is " + window.getWidth() + " wide over a 1024-pixel one");
        assertTrue(window.getHeight() >= main.getHeight() - 48 && window.getHeight() <= main.getHeight(),
                "the window is " + window.getHeight() + " high over a 700-pixel one");

        robot.interact(() -> {
            for (Node n : table.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    assertTrue(!bar.isVisible() || bar.getVisibleAmount() >= bar.getMax() - bar.getMin(),
                            "the list scrolls sideways");
                }
            }
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            assertTrue(columns <= table.getWidth(), "columns " + columns + " wide in a list " + table.getWidth() + " wide");

            List<String> cut = new ArrayList<>();
            for (Node n : table.lookupAll(".column-header")) {
                if (n instanceof TableColumnHeader header && header.getTableColumn() != null
                        && header.lookup(".label") instanceof Label label) {
                    String drawn = label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                            .map(t -> ((Text) t).getText()).findFirst().orElse("");
                    if (!drawn.replace("\n", " ").strip().equals(label.getText().replace("\n", " ").strip())) {
                        cut.add("\"" + label.getText() + "\" drawn as \"" + drawn + "\"");
                    }
                }
            }
            assertEquals(List.of(), cut);

            for (DateField field : List.of(absences.firstDayField(), absences.lastDayField())) {
                Text prompt = new Text(field.getPromptText());
                prompt.setFont(field.getEditor().getFont());
                double room = field.getEditor().getWidth() - field.getEditor().snappedLeftInset()
                        - field.getEditor().snappedRightInset();
                // Whole: before the fix the prompt read "dd/mm/bbb"; and after other screens' tests (text
                // size 14) the field had 89 pixels for a prompt of 90.03, held only by the stylesheet's 10em.
                assertTrue(room >= prompt.getLayoutBounds().getWidth(),
                        "\"" + field.getPromptText() + "\" needs " + prompt.getLayoutBounds().getWidth() + " px in " + room);
            }
        });
    }

    /**
     * In Welsh at 1024x700 the figures and the chart beside the list scrolled sideways, and the reason
     * sat at the top of its row while the dates, the days and the drop-out date sat in its middle.
     */
    @Test
    void theFiguresFitWithoutScrollingSidewaysAndTheReasonLinesUpWithTheDates(FxRobot robot) throws Exception {
        AbsenceWindowHandle absences = new AbsenceWindowHandle(robot);
        TableView<?> table = absences.table();
        FxWait.waitUntil(() -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            var pane = absences.calculationPane();
            double room = pane.getViewportBounds().getWidth();
            List<String> wide = new ArrayList<>();
            for (Node n : ((javafx.scene.Parent) pane.getContent()).getChildrenUnmodifiable()) {
                if (n.minWidth(-1) > room) {
                    wide.add(n + " needs " + n.minWidth(-1));
                }
            }
            assertTrue(pane.getContent().getLayoutBounds().getWidth() <= room + 0.5,
                    "the figures are " + pane.getContent().getLayoutBounds().getWidth() + " wide in " + room + ": " + wide);

            // Each row's reason (and its notes) centred in the row as the first day is.
            List<String> apart = new ArrayList<>();
            for (Node n : table.lookupAll(".table-row-cell")) {
                if (!(n instanceof javafx.scene.control.TableRow<?> row) || row.isEmpty()) {
                    continue;
                }
                List<Node> cells = row.getChildrenUnmodifiable().stream()
                        .filter(javafx.scene.control.TableCell.class::isInstance).toList();
                double dates = middleOfWords(cells.get(0));
                double reason = middleOfWords(cells.get(3));
                if (Math.abs(dates - reason) > 1.5) {
                    apart.add("row " + row.getIndex() + ": the first day's words are centred at " + dates
                            + ", the reason's at " + reason);
                }
            }
            assertEquals(List.of(), apart);
        });
    }

    /** The middle, top to bottom in the scene, of the words a cell shows. */
    private static double middleOfWords(Node cell) {
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Node t : cell.lookupAll("*")) {
            if (t instanceof Text text && t.isVisible() && !text.getText().isEmpty()
                    && (t.getParent() == null || t.getParent().isVisible())) {
                var b = t.localToScene(t.getBoundsInLocal());
                top = Math.min(top, b.getMinY());
                bottom = Math.max(bottom, b.getMaxY());
            }
        }
        return (top + bottom) / 2;
    }
}
