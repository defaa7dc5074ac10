package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseType;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.WmtSettings;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestDesk;

class SettingsServiceTest {

    @TempDir
    Path dir;
    private RepDesk desk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void reopen() {
        desk.close();
        desk = TestDesk.open(dir);
    }

    @Test
    void aNewFileUsesTheDefaultStagesAndWmtFigures() {
        assertEquals(StageCatalogue.DEFAULTS, desk.settings().stages());
        assertEquals(WmtSettings.DEFAULTS, desk.settings().wmt());
    }

    @Test
    void editedStagesAreKeptTidiedAndInOrderAfterReopening() {
        desk.settings().saveStages(CaseType.CAPABILITY,
                Arrays.asList("  Informal (Cymraeg: Anffurfiol) ", "", null, "Stage 1 — Zoë's team", "   ", "Appeal"));
        reopen();
        StageCatalogue stages = desk.settings().stages();
        assertEquals(List.of("Informal (Cymraeg: Anffurfiol)", "Stage 1 — Zoë's team", "Appeal"),
                stages.stagesFor(CaseType.CAPABILITY));
        assertEquals("Informal (Cymraeg: Anffurfiol)", stages.firstStage(CaseType.CAPABILITY));
        assertEquals(StageCatalogue.DEFAULTS.stagesFor(CaseType.GRIEVANCE), stages.stagesFor(CaseType.GRIEVANCE));
    }

    @Test
    void aStageListWithNothingInItIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.settings().saveStages(CaseType.SICKNESS_ABSENCE, List.of(" ", "")));
        assertEquals(List.of("Sickness absence needs at least one stage."), e.problems());
        assertEquals(StageCatalogue.DEFAULTS, desk.settings().stages());
    }

    @Test
    void aStageListWithNothingInItIsRefusedNamingTheCaseTypeInWelsh() {
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> desk.settings().saveStages(CaseType.SICKNESS_ABSENCE, List.of(" ")));
            assertEquals(List.of("Absenoldeb salwch: mae angen o leiaf un cam."), e.problems());
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }

    @Test
    void aStageNamedTwiceIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.settings().saveStages(CaseType.OTHER, List.of("Open", " Open ")));
        assertEquals(List.of("Each stage may appear only once."), e.problems());
    }

    @Test
    void aStageOnTwoLinesOrWithControlCharactersIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.settings().saveStages(CaseType.OTHER, List.of("Open\nnow", "Bell\u0007")));
        assertEquals(List.of("Stage must be on one line.",
                "Stage contains invisible control characters; please retype it."), e.problems());
    }

    @Test
    void wmtFiguresSurviveReopeningIncludingFractions() {
        WmtSettings region = new WmtSettings(2200.5, 36.5, 2700, 35, 112.5, 6);
        desk.settings().saveWmt(region);
        reopen();
        assertEquals(region, desk.settings().wmt());
    }

    @Test
    void wmtFiguresOutOfRangeAreRefusedTogetherAndNothingIsSaved() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> desk.settings().saveWmt(new WmtSettings(2171, 0, 2659, 37, 110, 0)));
        assertEquals(List.of("PO default hours must be between 1 and 60.", "Consecutive weeks must be between 1 and 52."),
                e.problems());
        assertEquals(WmtSettings.DEFAULTS, desk.settings().wmt());
    }

    @Test
    void wmtFiguresAreSavedAllTogetherOrNotAtAll() {
        // the last figure cannot be written (a stand-in for a disk error part-way through the save)
        desk.database().write(conn -> {
            try (Statement st = conn.createStatement()) {
                st.execute("CREATE TEMP TRIGGER refuse_weeks BEFORE INSERT ON main.setting"
                        + " WHEN new.key = 'wmt.excessive.weeks' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
            }
            return null;
        });
        assertThrows(StoreException.class,
                () -> desk.settings().saveWmt(new WmtSettings(1000, 35, 1200, 36, 120, 2)));
        assertEquals(WmtSettings.DEFAULTS, desk.settings().wmt(), "no figure of the failed save was kept");
    }
}
