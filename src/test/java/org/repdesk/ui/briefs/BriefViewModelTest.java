package org.repdesk.ui.briefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Priority;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.papers.Runner;

/** The brief builder with no window: choosing demands, refusals in words, naming members asked first, saving. */
class BriefViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    /** Every piece of store or rendering work asked for, by its failure header. */
    private final List<String> asked = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BriefViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Runner counted = new Runner() {
            @Override
            public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
                asked.add(failure);
                atOnce.run(failure, job, done);
            }
        };
        vm = new BriefViewModel(() -> desk, counted, dialogs, what -> true);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private Demand raise(String title) {
        return desk.demands().raise(Demand.raise(title, null, DemandKind.URGENT_DEMAND, null, TestDesk.TODAY.minusMonths(1),
                Priority.HIGH));
    }

    @Test
    void theFormReadsNothingUntilAskedAndStartsOnTheLastYear() {
        vm.identitiesProperty().set(false);
        vm.teamProperty().set("Cardiff North");
        vm.chooseAll();
        assertEquals(List.of(), asked, "no store call before a command");
        assertEquals(TestDesk.TODAY.minusMonths(12).withDayOfMonth(1), vm.fromProperty().get());
        assertEquals(TestDesk.TODAY, vm.toProperty().get());
        assertFalse(vm.madeProperty().get(), "nothing to save before a preview");
    }

    @Test
    void everyDemandIsChosenOnFirstReadAndTheRepsChoicesAreKeptAfter() {
        Demand caps = raise("Cap caseloads at 110%");
        raise("Suspend capability where workload is a factor");
        vm.reload();
        assertEquals(2, vm.chosen().size());
        vm.chosen().setAll(caps);
        raise("Protected time for supervision");
        vm.reload();
        assertEquals(3, vm.demands().size());
        assertEquals(List.of(caps), vm.chosen(), "a new demand is not chosen behind the rep's back");
    }

    @Test
    void anEmptyLogPointsToTheCampaignsDemandsAndLoadingThemChoosesThemAll() {
        vm.reload();
        vm.preview();
        assertTrue(vm.problemsProperty().get().startsWith("The demands log is empty"), vm.problemsProperty().get());
        vm.loadCampaignDemands();
        assertEquals("", vm.problemsProperty().get());
        assertEquals(CampaignBulletins.size(), vm.demands().size());
        assertEquals(CampaignBulletins.size(), vm.chosen().size());
    }

    @Test
    void everyProblemIsSaidAtOnceAndNothingIsMade() {
        raise("Cap caseloads at 110%");
        vm.reload();
        vm.chooseNone();
        vm.fromProperty().set(TestDesk.TODAY);
        vm.toProperty().set(TestDesk.TODAY.minusDays(10));
        vm.fromTypedProblemProperty().set("From must be a real date written like 23/11/2026.");
        int before = asked.size();
        vm.preview();
        assertEquals(List.of("From must be a real date written like 23/11/2026.", "The period ends before it starts.",
                "Choose at least one demand."), vm.problemsProperty().get().lines().toList());
        assertEquals(before, asked.size(), "a refused preview makes nothing");
        assertFalse(vm.madeProperty().get());
    }

    @Test
    void namingMembersIsAskedFirstAndCancelKeepsTheBriefAnonymised() {
        vm.identitiesProperty().set(true);
        dialogs.answering(false);
        vm.confirmIdentities();
        assertEquals("Name members in this brief?", dialogs.last().header());
        assertFalse(vm.identitiesProperty().get());
        assertFalse(vm.scope().includeIdentities());

        vm.identitiesProperty().set(true);
        dialogs.answering(true);
        vm.confirmIdentities();
        assertTrue(vm.scope().includeIdentities());
    }

    @Test
    void aPreviewedBriefIsSavedWhereTheRepChoosesAndSaidToBeAnonymised() throws Exception {
        raise("Cap caseloads at 110%");
        vm.reload();
        vm.preview();
        assertEquals(List.of(), atOnce.failures);
        assertTrue(vm.madeProperty().get());
        assertFalse(vm.pagesProperty().get().isEmpty(), "the preview has pages");
        assertEquals("", vm.previewMessageProperty().get());

        Path md = dir.resolve("brief.md");
        dialogs.choosing(md);
        vm.save(BriefViewModel.Format.MARKDOWN);
        assertTrue(Files.readString(md).contains("Cap caseloads at 110%"));
        assertEquals("inform", dialogs.last().kind());
        assertEquals(List.of("Saved to " + md + ".", "Anonymised: no names, membership numbers or notes."), dialogs.last().lines());

        dialogs.choosing(null);
        int before = asked.size();
        vm.save(BriefViewModel.Format.PDF);
        assertEquals(before, asked.size(), "nothing is written when the rep cancels the chooser");
    }

    @Test
    void theBriefIsMadeAndSavedInTheLanguageChosenForIt() throws Exception {
        raise("Cap caseloads at 110%");
        vm.reload();
        assertEquals(org.repdesk.i18n.DocumentLanguage.ENGLISH, vm.languageProperty().get(), "the app's language first");
        vm.languageProperty().set(org.repdesk.i18n.DocumentLanguage.BOTH);
        vm.preview();
        vm.languageProperty().set(org.repdesk.i18n.DocumentLanguage.ENGLISH); // chosen, but not previewed again
        Path html = dir.resolve("brief.html");
        dialogs.choosing(html);
        vm.save(BriefViewModel.Format.HTML);
        String saved = Files.readString(html);
        assertTrue(saved.contains("lang=\"en-GB\"") && saved.contains("<div lang=\"cy-GB\""),
                "English then Welsh, as previewed");
    }

    @Test
    void aProtectedFileRefusingPlainTextWritesNothing() {
        BriefViewModel guarded = new BriefViewModel(() -> desk, atOnce, dialogs, what -> false);
        raise("Cap caseloads at 110%");
        guarded.reload();
        guarded.preview();
        guarded.save(BriefViewModel.Format.HTML);
        assertTrue(dialogs.said().isEmpty(), "no file chooser when plain text is refused: " + dialogs.said());
    }

    @Test
    void theRefusalsSpeakWelsh() {
        raise("Cap caseloads at 110%");
        vm.reload();
        vm.chooseNone();
        Messages.setLanguage(Messages.WELSH);
        vm.preview();
        assertEquals("Dewiswch o leiaf un gofyniad.", vm.problemsProperty().get());
    }
}
