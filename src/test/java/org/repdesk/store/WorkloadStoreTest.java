package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.longNote;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.testing.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadRecord;

@ParameterizedClass
@EnumSource(Engine.class)
class WorkloadStoreTest {

    @Parameter
    Engine engine;


    @TempDir
    Path dir;
    private Database db;
    private WorkloadStore workload;
    private Member zoë;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        workload = new WorkloadStore(db);
        zoë = aMember().named("Zoë Brontë").build();
        new MemberStore(db).insert(zoë);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRecordWithEveryFigureAndALongAccountComesBackUnchanged() {
        WorkloadRecord r = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 11, 16), 118.37, 2570.5, 22.5, 1.25, 57,
                48.75, longNote(10_000));
        workload.insert(r);
        assertEquals(List.of(r), workload.ofMember(zoë.id()));
    }

    @Test
    void figuresLeftBlankStayBlankRatherThanZero() {
        WorkloadRecord r = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 11, 16), null, null, null, null, 0, null,
                null);
        workload.insert(r);
        WorkloadRecord read = workload.ofMember(zoë.id()).get(0);
        assertEquals(r, read);
        assertEquals(null, read.capacityPercent());
        assertEquals(Integer.valueOf(0), read.casesHeld());
    }

    @Test
    void theExportReadsEachRecordWithItsMembersNumberAndNameByMemberThenDate() throws Exception {
        Member alun = aMember().named("Alun Price").number("N0042").build();
        new MemberStore(db).insert(alun);
        WorkloadRecord zoësLater = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 11, 16), 112.0, null, 37.0, null, 40,
                null, null);
        WorkloadRecord alunsOnly = WorkloadRecord.of(alun.id(), LocalDate.of(2026, 11, 2), 95.5, 2100.0, 22.5, 0.0, 31,
                41.0, "Cover for a colleague");
        WorkloadRecord zoësEarlier = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 11, 9), 108.0, null, 37.0, null, 38,
                null, null);
        workload.insertAll(List.of(zoësLater, alunsOnly, zoësEarlier));

        List<WorkloadStore.WithMember> read = new java.util.ArrayList<>();
        workload.forEachForExport(read::add);

        List<WorkloadStore.WithMember> zoës = List.of(new WorkloadStore.WithMember(zoësEarlier, zoë.membershipNumber(),
                "Zoë Brontë"), new WorkloadStore.WithMember(zoësLater, zoë.membershipNumber(), "Zoë Brontë"));
        WorkloadStore.WithMember aluns = new WorkloadStore.WithMember(alunsOnly, "N0042", "Alun Price");
        // by member (their ids' order), each member's oldest first
        List<WorkloadStore.WithMember> expected = new java.util.ArrayList<>(zoës);
        expected.add(alun.id().toString().compareTo(zoë.id().toString()) < 0 ? 0 : 2, aluns);
        assertEquals(expected, read);
    }

    @Test
    void aMembersRecordsAreReadOldestFirst() {
        WorkloadRecord nov = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 11, 16), 120.0, null, null, null, null, null, null);
        WorkloadRecord oct = WorkloadRecord.of(zoë.id(), LocalDate.of(2026, 10, 5), 105.0, null, null, null, null, null, null);
        workload.insertAll(List.of(nov, oct));
        assertEquals(List.of(oct, nov), workload.ofMember(zoë.id()));
        workload.delete(oct.id());
        assertEquals(List.of(nov), workload.all());
    }

    @Test
    void aRecordForAMemberWhoDoesNotExistIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> workload.insert(
                WorkloadRecord.of(UUID.randomUUID(), LocalDate.of(2026, 1, 5), 100.0, null, null, null, null, null, null)));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
    }
}
