package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A desk in Welsh shows its closed sets (case type, status, region, grade) in Welsh, in lists, menus and cells. */
@ExtendWith(ApplicationExtension.class)
class WelshLabelsOnScreensTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.WELSH);
        desk = TestDesk.open(dir.resolve("welsh-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Rhian Bowen").inRegion(Region.WALES).build());
        desk.cases().open(aCase(m).type(CaseType.SICKNESS_ABSENCE, "Stage 1").build());
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void theCasesListItsFiltersAndTheCaseFormSpeakWelsh(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        CasesPageHandle cases = new CasesPageHandle(robot);
        waitUntil(30, () -> !cases.rowsReadOut().isEmpty());
        String row = cases.rowsReadOut().get(0);
        assertTrue(row.contains("Absenoldeb salwch") && row.contains("Ar agor") && row.contains("Cymru"), row);
        assertTrue(cases.filterChoices("filter-type").contains("Absenoldeb salwch"), cases.filterChoices("filter-type").toString());
        assertTrue(cases.filterChoices("filter-status").contains("Wedi cau"));

        robot.interact(() -> cases.list().getSelectionModel().selectFirst());
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(() -> form.showsACase());
        assertEquals("Ar agor", form.status());
    }

    @Test
    void aChoiceBoxAndATableCellShowTheWelshLabel(FxRobot robot) throws Exception {
        ComboBox<CaseType> box = new ComboBox<>();
        TableView<Member> table = new TableView<>();
        robot.interact(() -> {
            LabelCells.on(box).getItems().setAll(CaseType.values());
            box.setValue(CaseType.SICKNESS_ABSENCE);
            table.getColumns().add(Tables.column("", 200, Member::region));
            table.getItems().add(aMember().inRegion(Region.WALES).build());
            Stage other = new Stage();
            other.setScene(new javafx.scene.Scene(new javafx.scene.layout.VBox(box, table), 400, 300));
            other.show();
        });
        // The box's button is the skin's own list cell, one of the box's children.
        waitUntil(() -> buttonText(box) != null);
        assertEquals("Absenoldeb salwch", buttonText(box));
        List<String> cells = robot.lookup(".table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
        assertEquals(List.of("Cymru"), cells);
    }

    private static String buttonText(ComboBox<?> box) {
        return box.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.ListCell<?>)
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).findFirst().orElse(null);
    }
}
