package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void accentsStrokesAndCaseAreFoldedAsTheDataFilesSearchFoldsThem() {
        assertEquals("sian llewellyn", SearchFolding.fold("Siân Llewellyn"));
        assertEquals("lukasz", SearchFolding.fold("Łukasz"));
        assertEquals("zoe", SearchFolding.fold("Zoë"));
        assertEquals("bjorn", SearchFolding.fold("Bjørn"));
    }

    @Test
    void aNeedleIsFoundWhicheverSideHasTheAccent() {
        assertTrue(SearchFolding.contains("Siân Llewellyn", "sian"));
        assertTrue(SearchFolding.contains("Sian Llewellyn", "Siân"));
        assertTrue(SearchFolding.contains("anything", "  "));
        assertFalse(SearchFolding.contains(null, "sian"));
        assertFalse(SearchFolding.contains("Gwen Price", "sian"));
    }
}
