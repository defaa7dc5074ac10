package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lenient reading of the words reps and spreadsheets use for unions, grades, regions. */
class LabelledTest {

    @ParameterizedTest
    @ValueSource(strings = {"GMB/SCOOP", "gmb/scoop", "GMB_SCOOP", "gmb scoop", " GMB - SCOOP ", "Gmb/Scoop", "ＧＭＢ／ＳＣＯＯＰ"})
    void gmbScoopIsReadHoweverItIsWritten(String text) {
        assertEquals(Optional.of(Union.GMB_SCOOP), Labelled.parse(Union.class, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pqip", "PQiP", "PQIP", " p-q-i-p "})
    void pqipIsReadInAnyCase(String text) {
        assertEquals(Optional.of(Grade.PQIP), Labelled.parse(Grade.class, text));
    }

    @Test
    void labelsAndConstantNamesBothMatch() {
        assertEquals(Optional.of(Union.NAPO), Labelled.parse(Union.class, "napo"));
        assertEquals(Optional.of(Union.UNISON), Labelled.parse(Union.class, "Unison"));
        assertEquals(Optional.of(Grade.CASE_ADMINISTRATOR), Labelled.parse(Grade.class, "case administrator"));
        assertEquals(Optional.of(Grade.CASE_ADMINISTRATOR), Labelled.parse(Grade.class, "CASE_ADMINISTRATOR"));
        assertEquals(Optional.of(Region.KENT_SURREY_AND_SUSSEX), Labelled.parse(Region.class, "Kent, Surrey and Sussex"));
        assertEquals(Optional.of(Region.KENT_SURREY_AND_SUSSEX), Labelled.parse(Region.class, "kent surrey and sussex"));
        assertEquals(Optional.of(Region.YORKSHIRE_AND_THE_HUMBER),
                Labelled.parse(Region.class, "Yorkshire and the Humber"));
        assertEquals(Optional.of(CaseStatus.ON_HOLD), Labelled.parse(CaseStatus.class, "on hold"));
        assertEquals(Optional.of(CaseType.SICKNESS_ABSENCE), Labelled.parse(CaseType.class, "Sickness-absence"));
        assertEquals(Optional.of(WorkloadFactor.DISPUTED), Labelled.parse(WorkloadFactor.class, "DISPUTED"));
    }

    @Test
    void everyLabelReadsBackAsItsOwnValue() {
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(Union.class, Grade.class,
                Region.class, CaseType.class, CaseStatus.class, WorkloadFactor.class, EntryKind.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                assertEquals(value, parseAny(type, ((Labelled) value).label()), value.name());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parseAny(Class type, String text) {
        return Labelled.parse(type, text).orElse(null);
    }

    @Test
    void unknownOrEmptyWordsMatchNothing() {
        assertEquals(Optional.empty(), Labelled.parse(Union.class, "Unite"));
        assertEquals(Optional.empty(), Labelled.parse(Union.class, ""));
        assertEquals(Optional.empty(), Labelled.parse(Union.class, " / _ "));
        assertEquals(Optional.empty(), Labelled.parse(Union.class, null));
        assertEquals(Optional.empty(), Labelled.parse(Grade.class, "PO officer"));
    }

    @Test
    void readingDoesNotDependOnTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // Turkish: "I".toLowerCase() is a dotless ı
            assertEquals(Optional.of(Union.UNISON), Labelled.parse(Union.class, "UNISON"));
            assertEquals(Optional.of(Grade.PQIP), Labelled.parse(Grade.class, "PQIP"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
