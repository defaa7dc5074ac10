package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.Member;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.Priority;
import org.repdesk.model.Region;
import org.repdesk.model.ResponseChannel;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.testing.TestDesk;

class DemandServiceTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private DemandService demands;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        demands = desk.demands();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Demand aDemand() {
        return demands.raise(Demand.raise("Maximum caseload", "Agree a maximum caseload", DemandKind.LOCAL_DEMAND,
                "Branch", LocalDate.of(2026, 1, 5), Priority.HIGH));
    }

    @Test
    void loadingTheBulletinsTwiceCreatesNoDuplicates() {
        assertEquals(CampaignBulletins.size(), CampaignBulletins.load(demands));
        assertEquals(0, CampaignBulletins.load(demands));
        List<Demand> all = demands.all();
        assertEquals(18, all.size(), "5 campaign aims, 12 urgent demands, 1 from Bulletin 3");
        assertEquals(5, all.stream().filter(d -> d.kind() == DemandKind.CAMPAIGN_AIM).count());
        assertTrue(all.stream().filter(d -> d.kind() == DemandKind.CAMPAIGN_AIM)
                .allMatch(d -> d.raisedOn().equals(LocalDate.of(2023, 6, 26))));
        Demand staffing = demands.bySourceKey("bulletin3-staffing-data").orElseThrow();
        assertEquals(LocalDate.of(2025, 5, 1), staffing.raisedOn());
        assertEquals(1, demands.responses(staffing.id()).size(), "the Bulletin 3 response is loaded once");
    }

    @Test
    void aWelshSpeakingRepLoadsTheCampaignsDemandsInWelshAndLoadingInEnglishAfterAddsNothing() {
        assertEquals(CampaignBulletins.size(), CampaignBulletins.load(demands, org.repdesk.i18n.Messages.WELSH));
        Demand aim = demands.bySourceKey("aim-1").orElseThrow();
        assertEquals("Rhaglen strategol i leihau llwyth gwaith", aim.title());
        assertEquals("Napo, UNSAIN a GMB/SCOOP (ar y cyd)", aim.raisedBy());
        Demand staffing = demands.bySourceKey("bulletin3-staffing-data").orElseThrow();
        assertEquals("Rhyddhau’r data staffio sydd dan embargo", staffing.title());
        EmployerResponse said = demands.responses(staffing.id()).get(0);
        assertTrue(said.said().startsWith("Mae HMPPS yn dal i gadw’n ôl"), said.said());
        assertEquals("HMPPS (fel yr adroddwyd ym Mwletin 3 Operation Protect)", said.by());
        for (Demand d : demands.all()) {
            assertFalse(d.title().equals(org.repdesk.i18n.Messages.text(org.repdesk.i18n.Messages.ENGLISH,
                    "campaign." + d.sourceKey() + ".title")), "every demand's title in Welsh: " + d.title());
        }

        assertEquals(0, CampaignBulletins.load(demands, org.repdesk.i18n.Messages.ENGLISH));
        assertEquals(1, demands.responses(staffing.id()).size(), "the response is known in either language");
        assertEquals("Rhaglen strategol i leihau llwyth gwaith", demands.bySourceKey("aim-1").orElseThrow().title(),
                "once loaded, the demands are the rep's data: not translated again");
    }

    @Test
    void anEnglishSpeakingRepLoadsTheBulletinsOwnWords() {
        CampaignBulletins.load(demands, org.repdesk.i18n.Messages.ENGLISH);
        Demand prioritisation = demands.bySourceKey("urgent-8").orElseThrow();
        assertEquals("Review the Prioritisation Framework (all regions to Red)", prioritisation.title());
        assertEquals("An immediate review of the Prioritisation Framework with all Probation Regions moving to 'Red' status",
                prioritisation.text());
        assertEquals("Napo, UNISON and GMB/SCOOP (joint)", prioritisation.raisedBy());
    }

    @Test
    void aDemandRaisedIsRecordedByItsFirstEntryAloneWithNoWordsOfTheDaysLanguageStored() {
        Demand d = aDemand();

        DemandStatusChange first = demands.history(d.id()).get(0);

        assertTrue(first.recordsTheDemand());
        assertNull(first.note());
        assertNull(first.repsNote());
    }

    @Test
    void aResponseThatChangesTheStatusIsKeptInTheHistory() {
        Demand d = aDemand();
        demands.recordResponse(EmployerResponse.of(d.id(), LocalDate.of(2026, 2, 10), "Will consider a cap of 45",
                "Regional director", ResponseChannel.MEETING, DemandStatus.IN_DISCUSSION, LocalDate.of(2026, 3, 1),
                null));
        assertEquals(DemandStatus.IN_DISCUSSION, demands.byId(d.id()).orElseThrow().status());
        List<DemandStatusChange> history = demands.history(d.id());
        assertEquals(2, history.size());
        assertEquals(DemandStatus.RAISED, history.get(1).from());
        assertEquals(DemandStatus.IN_DISCUSSION, history.get(1).to());
        assertEquals(LocalDate.of(2026, 2, 10), history.get(1).changedOn());
        assertNull(history.get(1).note(), "no words of the day's language stored: the response says what was said");
        assertEquals("Employer response: Will consider a cap of 45",
                history.get(1).note(org.repdesk.i18n.Messages.ENGLISH, demands.responses(d.id())));
        assertEquals("Ymateb y cyflogwr: Will consider a cap of 45",
                history.get(1).note(org.repdesk.i18n.Messages.WELSH, demands.responses(d.id())));
    }

    @Test
    void aResponseWithoutAStatusLeavesTheHistoryAlone() {
        Demand d = aDemand();
        demands.recordResponse(EmployerResponse.of(d.id(), LocalDate.of(2026, 2, 10), "No comment", null,
                ResponseChannel.EMAIL, null, null, null));
        assertEquals(1, demands.history(d.id()).size());
        assertEquals(DemandStatus.RAISED, demands.byId(d.id()).orElseThrow().status());
    }

    @Test
    void deletingAMistakenResponseRestoresTheEarlierStatus() {
        Demand d = aDemand();
        demands.changeStatus(d.id(), DemandStatus.IN_DISCUSSION, LocalDate.of(2026, 2, 1), "Talks began");
        EmployerResponse r = demands.recordResponse(EmployerResponse.of(d.id(), LocalDate.of(2026, 2, 10),
                "Refused outright", "HR", ResponseChannel.LETTER, DemandStatus.REFUSED, null, null));
        assertEquals(DemandStatus.REFUSED, demands.byId(d.id()).orElseThrow().status());
        demands.deleteResponse(d.id(), r.id());
        assertEquals(DemandStatus.IN_DISCUSSION, demands.byId(d.id()).orElseThrow().status());
        assertEquals(2, demands.history(d.id()).size());
    }

    @Test
    void theRaisedEntryCannotBeDeleted() {
        Demand d = aDemand();
        DemandStatusChange first = demands.history(d.id()).get(0);
        assertThrows(ValidationException.class, () -> demands.deleteStatusChange(d.id(), first.id()));
    }

    @Test
    void editingADemandNeverChangesItsStatus() {
        Demand d = aDemand();
        demands.changeStatus(d.id(), DemandStatus.AGREED, LocalDate.of(2026, 3, 1), null);
        demands.update(d.withDetails("Max caseload of 40", d.text(), d.kind(), d.raisedBy(), d.raisedOn(),
                Priority.LOW));
        Demand after = demands.byId(d.id()).orElseThrow();
        assertEquals(DemandStatus.AGREED, after.status());
        assertEquals("Max caseload of 40", after.title());
    }

    @Test
    void overduePromisesAreFlagged() {
        Demand d = aDemand();
        demands.recordResponse(EmployerResponse.of(d.id(), LocalDate.of(2026, 9, 1), "Figures by October", "HR",
                ResponseChannel.EMAIL, null, LocalDate.of(2026, 10, 31), null));
        DemandService.DemandSummary s = demands.summaries().get(0);
        assertTrue(s.promiseOverdue(), "31/10/2026 has passed on 23/11/2026");
        assertEquals(LocalDate.of(2026, 9, 1), s.lastResponseOn());
        demands.setPromiseKept(demands.responses(d.id()).get(0).id(), true);
        assertFalse(demands.summaries().get(0).promiseOverdue());
    }

    @Test
    void aMeetingRecordsTheDemandsDiscussedAndItsResponsesInOnePlace() {
        Demand d = aDemand();
        NegotiationMeeting m = NegotiationMeeting.of(LocalDate.of(2026, 4, 2), "JNCC", "Branch chair; HR", "Notes");
        demands.recordMeeting(m, List.of(d.id()), List.of(EmployerResponse.of(d.id(), null, "Will consult",
                "HR", ResponseChannel.MEETING, DemandStatus.IN_DISCUSSION, null, null)));
        assertEquals(List.of(d.id()), demands.demandsDiscussedAt(m.id()));
        EmployerResponse r = demands.responsesAtMeeting(m.id()).get(0);
        assertEquals(LocalDate.of(2026, 4, 2), r.respondedOn(), "a response given in a meeting takes its date");
        assertEquals(DemandStatus.IN_DISCUSSION, demands.byId(d.id()).orElseThrow().status());
        assertEquals(1, demands.meetingsOf(d.id()).size());
    }

    @Test
    void evidenceCountsAreComputedFromTheLinkedCases() {
        Member cardiff = desk.members().save(aMember().inRegion(Region.WALES).build());
        Member london = desk.members().save(aMember().inRegion(Region.LONDON).build());
        CaseFile c1 = desk.cases().open(aCase(cardiff).build());
        CaseFile c2 = desk.cases().open(aCase(london).build());
        CaseFile c3 = desk.cases().open(aCase(london).type(CaseType.SICKNESS_ABSENCE, "Consideration point").build());
        desk.cases().update(c2.withStatus(CaseStatus.CLOSED, LocalDate.of(2026, 6, 1), "Warning withdrawn"));
        Demand d = aDemand();
        demands.linkCase(d.id(), c1.id());
        demands.linkCase(d.id(), c2.id());
        demands.linkCase(d.id(), c3.id());
        demands.linkCase(d.id(), c3.id()); // twice: still one link
        EvidenceCounts counts = demands.evidenceCounts(d.id());
        assertEquals(3, counts.total());
        assertEquals(2, counts.open());
        assertEquals(1, counts.closed());
        assertEquals(Map.of(CaseType.CAPABILITY, 2, CaseType.SICKNESS_ABSENCE, 1), counts.byType());
        assertEquals(Map.of(Region.WALES, 1, Region.LONDON, 2), counts.byRegion());
        demands.unlinkCase(d.id(), c1.id());
        assertEquals(2, demands.evidenceCounts(d.id()).total());
        assertEquals(2, demands.summaries().get(0).linkedCases());
        // The dashboard's lighter reading: the same demands, statuses and responses, links not counted.
        DemandService.DemandSummary light = demands.summariesWithoutEvidence().get(0);
        assertEquals(0, light.linkedCases());
        assertEquals(demands.summaries().get(0).demand(), light.demand());
    }

    @Test
    void suggestionsAreCasesOfTheRightTypeWhereWorkloadIsAFactorNotYetLinked() {
        CampaignBulletins.load(demands);
        Demand capability = demands.bySourceKey("urgent-5").orElseThrow();
        Member m = desk.members().save(aMember().build());
        CaseFile yes = desk.cases().open(aCase(m).workload(WorkloadFactor.YES).build());
        CaseFile disputed = desk.cases().open(aCase(m).workload(WorkloadFactor.DISPUTED).build());
        desk.cases().open(aCase(m).workload(WorkloadFactor.NO).build());
        desk.cases().open(aCase(m).type(CaseType.GRIEVANCE, "Informal resolution").build());
        List<CaseListRow> suggested = demands.suggestedCases(capability.id());
        assertEquals(List.of(yes.id(), disputed.id()).stream().sorted().toList(),
                suggested.stream().map(CaseListRow::caseId).sorted().toList());
        demands.linkCase(capability.id(), yes.id());
        assertEquals(List.of(disputed.id()), demands.suggestedCases(capability.id()).stream()
                .map(CaseListRow::caseId).toList());
        assertTrue(demands.suggestedCases(demands.bySourceKey("urgent-1").orElseThrow().id()).isEmpty(),
                "a demand with no evidence rule suggests nothing");
    }

    @Test
    void aDemandWithoutATitleIsRefusedWithAMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> demands.raise(Demand.raise(" ", null,
                DemandKind.LOCAL_DEMAND, null, LocalDate.of(2026, 1, 1), Priority.LOW)));
        assertTrue(e.problems().contains("Title is required."));
        assertNull(demands.all().stream().findFirst().orElse(null));
    }
}
