package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aMember;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/**
 * The model's checks in Welsh: the field named as the form names it, then what is wrong, so the
 * same words reach the app, the command line and the importer when RepDesk speaks Welsh.
 */
class WelshProblemsTest {

    private Locale before;

    @BeforeEach
    void speakWelsh() {
        before = Messages.language();
        Messages.setLanguage(Messages.WELSH);
    }

    @AfterEach
    void speakAsBefore() {
        Messages.setLanguage(before);
    }

    @Test
    void aMemberWithNoNameIsToldTheNameIsNeededInWelsh() {
        Member m = aMember().named(" ").build();

        assertEquals(List.of("Enw: mae angen hwn."), m.problems());
    }

    @Test
    void aTimelineEntryWithNoSummaryIsRefusedInWelshNamingBothFields() {
        TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), UUID.randomUUID(), null, EntryKind.NOTE, " ", null);

        assertEquals(List.of("Dyddiad: mae angen hwn.", "Crynodeb: mae angen hwn."), entry.problems());
    }

    @Test
    void rangesLengthsAndShortYearsReadInWelshWithTheirNumbersAsTyped() {
        List<String> said = aMember().named("Siân\nJones").hours(61.0).build().problems();
        assertEquals(List.of("Enw: rhaid iddo fod ar un llinell.", "Oriau dan gontract: rhaid iddo fod rhwng 0.5 a 60."),
                said);

        assertEquals(List.of("Enw: rhy hir (201 nod; 200 ar y mwyaf)."), aMember().named("a".repeat(201)).build().problems());
        assertEquals(List.of("Dyddiad agor: mae’r flwyddyn yn 26; ysgrifennwch y flwyddyn yn llawn, fel 2026."),
                new Problems().plausibleDate("problems.field.openedOn", LocalDate.of(26, 3, 2)).list());
    }

    @Test
    void aCaseClosedWithoutItsDateOrOutcomeIsToldSoInWelsh() {
        CaseFile closed = new CaseFile(UUID.randomUUID(), "C-1", UUID.randomUUID(), CaseType.CAPABILITY,
                CaseStatus.CLOSED, "Informal", LocalDate.of(2026, 3, 2), null, null, null, WorkloadFactor.YES, null);

        assertEquals(List.of("Mae angen y dyddiad y caewyd achos sydd wedi’i gau.",
                "Cofnodwch y canlyniad wrth gau achos."), closed.problems());
    }

    @Test
    void problemsFoundInEnglishReadInWelshOnceTheAppSpeaksWelsh() {
        Messages.setLanguage(Messages.ENGLISH);
        Problems found = new Problems().required("problems.field.name", " ").plausibleDate("problems.field.openedOn",
                LocalDate.of(26, 3, 2));

        Messages.setLanguage(Messages.WELSH);

        assertEquals(List.of("Enw: mae angen hwn.",
                "Dyddiad agor: mae’r flwyddyn yn 26; ysgrifennwch y flwyddyn yn llawn, fel 2026."), found.list());
        assertEquals(List.of("Name is required.", "Opened on has the year 26: write the year in full, like 2026."),
                found.list(Messages.ENGLISH));
    }

    @Test
    void aStatusChangedToWhatItAlreadyIsNamesTheStatusInWelsh() {
        DemandStatusChange same = DemandStatusChange.of(UUID.randomUUID(), LocalDate.of(2026, 3, 2), DemandStatus.AGREED,
                DemandStatus.AGREED, null, null);

        assertEquals(List.of("Y statws yw wedi’i gytuno yn barod."), same.problems(), "mid-sentence, in lower case");
        Messages.setLanguage(Messages.ENGLISH);
        assertEquals(List.of("The status is already agreed."), same.problems());
    }

    @Test
    void theSameChecksStillSpeakEnglishWhenTheAppDoes() {
        Messages.setLanguage(Messages.ENGLISH);

        assertEquals(List.of("Name is required."), aMember().named(" ").build().problems());
    }
}
