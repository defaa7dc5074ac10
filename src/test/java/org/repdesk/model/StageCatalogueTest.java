package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
