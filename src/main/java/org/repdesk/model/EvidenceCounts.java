package org.repdesk.model;

import java.util.Map;

/** Live counts of the cases linked to a demand, computed from the store, never typed in. */
public record EvidenceCounts(int total, int open, int closed, Map<CaseType, Integer> byType,
        Map<Region, Integer> byRegion) {

    public static final EvidenceCounts NONE = new EvidenceCounts(0, 0, 0, Map.of(), Map.of());
}
