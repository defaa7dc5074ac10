package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A rep moves a case on a stage in English, then switches RepDesk to Welsh (the language applies
 * from the next start): the stage change on the case's timeline reads in Welsh, as RepDesk's own
 * entries are stored as what happened and worded when shown (issue 20).
 */
@ExtendWith(ApplicationExtension.class)
class StageChangeReadsInTheRepsLanguageTest {

    @TempDir
    static Path dir;
    private Path folder;
    private RepDesk desk;
    private Stage first;
    private CaseFile c;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        folder = dir.resolve("switch-" + System.nanoTime());
        desk = TestDesk.open(folder);
        Member member = aMember().named("Gwenllian Rhys").build();
        desk.members().save(member);
        c = desk.cases().open(CaseFile.open(member.id(), CaseType.CAPABILITY,
                "Informal stage (support and improvement plan)", LocalDate.of(2026, 10, 1), WorkloadFactor.YES));
        first = stage;
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void aStageChangeMadeInEnglishReadsInWelshAfterSwitching(FxRobot robot) throws Exception {
        openTheCase(robot);
        @SuppressWarnings("unchecked")
        ChoiceMenu<String> stage = (ChoiceMenu<String>) new CaseFormHandle(robot).stageMenu();
        robot.interact(stage::requestFocus);
        robot.write("f");
        waitUntil(() -> "Formal stage 1 (first written warning)".equals(stage.getValue()));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> desk.cases().byId(c.id()).orElseThrow().stage().startsWith("Formal stage 1"));
        new CaseFormHandle(robot).openTimeline();
        waitUntil(() -> shownSummaries(robot).contains(
                "Stage changed from informal stage (support and improvement plan) to formal stage 1 (first written warning)"));

        // Switched to Welsh: RepDesk starts again in it, on the same file.
        robot.interact(first::close);
        desk.close();
        Messages.setLanguage(Messages.WELSH);
        desk = TestDesk.open(folder);
        robot.interact(() -> new MainWindow(new Stage(), desk, false).show());
        openTheCase(robot);
        new CaseFormHandle(robot).openTimeline();
        String welsh = "Newidiwyd y cam o gam anffurfiol (cynllun cymorth a gwella) i gam ffurfiol 1 (rhybudd ysgrifenedig"
                + " cyntaf)";
        waitUntil(() -> shownSummaries(robot).contains(welsh));
        assertTrue(shownSummaries(robot).contains("Agorwyd yr achos ar y cam: Cam anffurfiol (cynllun cymorth a gwella)"),
                shownSummaries(robot).toString());
    }

    private void openTheCase(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(() -> cases.getItems().size() == 1);
        robot.clickOn("Gwenllian Rhys");
        waitUntil(() -> new CaseFormHandle(robot).title().contains("Gwenllian"));
    }

    /** The summaries the timeline's entries show, as the rep reads them. */
    private static List<String> shownSummaries(FxRobot robot) {
        return robot.lookup(".entry-summary").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
