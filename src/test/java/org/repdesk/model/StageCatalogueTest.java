package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

class StageCatalogueTest {

    @Test
    void everyCaseTypeHasDefaultStagesStartingWhereItsProcedureStarts() {
        for (CaseType type : CaseType.values()) {
            assertFalse(StageCatalogue.DEFAULTS.stagesFor(type).isEmpty(), type.label());
        }
        assertEquals("Informal stage (support and improvement plan)", StageCatalogue.DEFAULTS.firstStage(CaseType.CAPABILITY));
        assertEquals("Consideration point", StageCatalogue.DEFAULTS.firstStage(CaseType.SICKNESS_ABSENCE));
        assertEquals("Appeal", last(StageCatalogue.DEFAULTS.stagesFor(CaseType.CAPABILITY)));
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    @Test
    void aTypeWithNoStagesStartsAtOpen() {
        StageCatalogue empty = new StageCatalogue(Map.of());
        assertEquals("Open", empty.firstStage(CaseType.GRIEVANCE));
        assertEquals(List.of(), empty.stagesFor(CaseType.GRIEVANCE));
    }

    @Test
    void aCatalogueCannotBeChangedThroughTheListItWasMadeFrom() {
        List<String> stages = new ArrayList<>(List.of("One", "Two"));
        Map<CaseType, List<String>> map = new EnumMap<>(CaseType.class);
        map.put(CaseType.OTHER, stages);
        StageCatalogue catalogue = new StageCatalogue(map);
        stages.add("Three");
        map.put(CaseType.GRIEVANCE, List.of("X"));
        assertEquals(List.of("One", "Two"), catalogue.stagesFor(CaseType.OTHER));
        assertEquals(List.of(), catalogue.stagesFor(CaseType.GRIEVANCE));
        assertThrows(UnsupportedOperationException.class, () -> catalogue.stagesFor(CaseType.OTHER).add("Four"));
    }

    @Test
    void theStartingStagesAreStoredByTheEnglishNamesEveryFileAlreadyHolds() {
        // Files made since the first release hold these names in case_file.stage and the stage table:
        // the caseStage.* keys' English texts must stay exactly these.
        assertEquals(List.of("Informal stage (support and improvement plan)", "Formal stage 1 (first written warning)",
                "Formal stage 2 (final written warning)", "Decision meeting", "Appeal"),
                StageCatalogue.DEFAULTS.stagesFor(CaseType.CAPABILITY));
        assertEquals(List.of("Consideration point", "Formal attendance meeting", "Improvement period",
                "Final written warning", "Decision meeting", "Appeal"), StageCatalogue.DEFAULTS.stagesFor(CaseType.SICKNESS_ABSENCE));
        assertEquals(List.of("Raised with manager", "Stress risk assessment", "Reasonable adjustments agreed", "Escalated"),
                StageCatalogue.DEFAULTS.stagesFor(CaseType.WORKLOAD_CONCERN));
        assertEquals(List.of("Informal resolution", "Formal grievance meeting", "Outcome received", "Appeal"),
                StageCatalogue.DEFAULTS.stagesFor(CaseType.GRIEVANCE));
        assertEquals(List.of("Investigation", "Disciplinary hearing", "Outcome received", "Appeal"),
                StageCatalogue.DEFAULTS.stagesFor(CaseType.DISCIPLINARY));
        assertEquals(List.of("Open", "In progress"), StageCatalogue.DEFAULTS.stagesFor(CaseType.OTHER));
    }

    @Test
    void aStartingStageIsShownInTheReadersLanguageAndARenamedOneAsTheRepWroteIt() {
        assertEquals("Cam anffurfiol (cynllun cymorth a gwella)",
                StageCatalogue.shown("Informal stage (support and improvement plan)", Messages.WELSH));
        assertEquals("Rhybudd ysgrifenedig terfynol", StageCatalogue.shown("Final written warning", Messages.WELSH));
        assertEquals("Final written warning", StageCatalogue.shown("Final written warning", Messages.ENGLISH));
        assertEquals("Cam 1 y Bwrdd", StageCatalogue.shown("Cam 1 y Bwrdd", Messages.WELSH));
        assertEquals("Stage one (our board's)", StageCatalogue.shown("Stage one (our board's)", Messages.WELSH));
        assertEquals("", StageCatalogue.shown(null, Messages.WELSH));
    }

    @Test
    void aStartingStageTypedInWelshIsStoredByItsEnglishNameAndAnythingElseAsTyped() {
        for (CaseType type : CaseType.values()) {
            for (String english : StageCatalogue.DEFAULTS.stagesFor(type)) {
                assertEquals(english, StageCatalogue.stored(StageCatalogue.shown(english, Messages.WELSH)), english);
                assertEquals(english, StageCatalogue.stored(english));
            }
        }
        assertEquals("Cam 1 y Bwrdd", StageCatalogue.stored("Cam 1 y Bwrdd"));
        assertEquals(null, StageCatalogue.stored(null));
    }

    @Test
    void everyStartingStageHasItsOwnWelshName() {
        java.util.Set<String> welsh = new java.util.HashSet<>();
        java.util.Set<String> english = new java.util.HashSet<>();
        for (CaseType type : CaseType.values()) {
            for (String name : StageCatalogue.DEFAULTS.stagesFor(type)) {
                english.add(name);
                String cy = StageCatalogue.shown(name, Messages.WELSH);
                assertFalse(cy.equals(name), name + " has no Welsh");
                welsh.add(cy);
            }
        }
        assertEquals(english.size(), welsh.size(), "two stages share a Welsh name: " + welsh);
    }
}
