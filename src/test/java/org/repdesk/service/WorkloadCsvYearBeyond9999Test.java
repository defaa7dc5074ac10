package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.TestDesk;

/**
 * A data file's workload CSV, made as lines, is the Java writer's file even for a date the line's fast path
 * does not take: a year past 9999 starts with "+", and is a date, not a formula to guard (found in review).
 */
class WorkloadCsvYearBeyond9999Test {

    @TempDir
    Path dir;

    @Test
    void aYearPast9999IsWrittenAsTheJavaWriterWritesIt() throws Exception {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(10, 50, 42);
            String id = desk.workload().all().get(3).id().toString();
            recordedOn(desk, id, "+10000-01-01");
            List<Exporter.WorkloadRow> rows = new ArrayList<>();
            desk.workload().forEachForExport(x -> rows.add(Exporter.WorkloadRow.of(x)));
            Path javaWriters = dir.resolve("java.csv");
            Path exported = dir.resolve("exported.csv");
            Exporter.write(rows, Exporter.WorkloadRow.class, Exporter.Format.CSV, javaWriters);
            new Exporter(desk).exportWorkload(Exporter.Format.CSV, exported);

            assertTrue(Files.readString(exported).contains(",\"+10000-01-01\","), "the date as it is, unguarded");
            assertArrayEquals(Files.readAllBytes(javaWriters), Files.readAllBytes(exported));
        }
    }

    @Test
    void aDateThatIsNoDayStopsTheExportNamingTheRecord() throws Exception {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(10, 50, 42);
            String id = desk.workload().all().get(5).id().toString();
            recordedOn(desk, id, "20240101");
            Path exported = dir.resolve("damaged.csv");
            org.repdesk.store.StoreException e = assertThrows(org.repdesk.store.StoreException.class,
                    () -> new Exporter(desk).exportWorkload(Exporter.Format.CSV, exported));
            assertEquals(org.repdesk.store.StoreException.Kind.DAMAGED, e.kind());
            assertTrue(e.getMessage().contains(id) && e.getMessage().contains("data file"), e.getMessage());
            assertFalse(Files.exists(exported), "no half-written file");
        }
    }

    /** Plants {@code stored} as the record's date, as a damaged or foreign file might hold it. */
    private static void recordedOn(RepDesk desk, String id, String stored) {
        desk.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE workload_record SET recorded_on = ? WHERE id = ?")) {
                ps.setString(1, stored);
                ps.setString(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
