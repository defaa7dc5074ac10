package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberValidationTest {

    private static boolean mentions(List<String> problems, String words) {
        return problems.stream().anyMatch(p -> p.contains(words));
    }

    @Test
    void aCompleteMemberHasNoProblems() {
        Member m = aMember().named("Siân Jones").email("sian.jones@napo.org.uk").phone("+44 (0)29 2034 5678").build();
        assertEquals(List.of(), m.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siân Jones", "Zoë Brontë", "Łukasz Wójcik", "李小龍", "Aoife Ní Bhriain 🌈", "Ana 👩‍👧"})
    void namesInAnyScriptAreAccepted(String name) {
        assertEquals(List.of(), aMember().named(name).build().problems());
    }

    @Test
    void aMemberWithNothingFilledInIsToldEveryRequiredField() {
        Member blank = new Member(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of("Membership number is required.", "Name is required.", "Union is required.",
                "Grade is required."), blank.problems());
    }

    @Test
    void aNameOfOnlySpacesIsTidiedAwayAndThenRequired() {
        Member m = aMember().named("   ").build();
        assertNull(m.name());
        assertEquals(List.of("Name is required."), m.problems());
    }

    @Test
    void tidyingTrimsTextAndClearsBlankOptionalFields() {
        Member m = Member.create("  N123 ", "  Siân Jones\t", Union.NAPO, Grade.PO, " ", "", null, "  ", " ", 37.0);
        assertEquals("N123", m.membershipNumber());
        assertEquals("Siân Jones", m.name());
        assertNull(m.team());
        assertNull(m.office());
        assertNull(m.email());
        assertNull(m.phone());
        assertEquals(List.of(), m.problems());
    }

    @Test
    void controlCharactersInANameAreRefusedInWords() {
        List<String> problems = aMember().named("Siân\u0007 Jones").build().problems();
        assertEquals(List.of("Name contains invisible control characters; please retype it."), problems);
        assertTrue(mentions(aMember().named("Sian\u0000").build().problems(), "control characters"));
    }

    @Test
    void aNameMustBeOnOneLine() {
        assertEquals(List.of("Name must be on one line."), aMember().named("Siân\nJones").build().problems());
    }

    @Test
    void aTwoHundredCharacterNameIsAcceptedButNotOneMore() {
        assertEquals(List.of(), aMember().named("a".repeat(200)).build().problems());
        assertEquals(List.of("Name is too long (201 characters; at most 200)."),
                aMember().named("a".repeat(201)).build().problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sian@napo.org.uk", "s.jones+branch@unison.co.uk", "zoë@example.org"})
    void ordinaryEmailAddressesAreAccepted(String email) {
        assertEquals(List.of(), aMember().email(email).build().problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sian", "sian@napo", "sian jones@napo.org", "sian@@napo.org", "@napo.org", "sian@.org"})
    void emailsThatAreNotAddressesAreRefusedWithAnExample(String email) {
        assertEquals(List.of("Email does not look like an email address (name@example.org)."),
                aMember().email(email).build().problems(), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "+44 (0)20 7946 0000", "029-2034-5678", "0161 496 0000"})
    void ukPhoneNumbersInUsualLayoutsAreAccepted(String phone) {
        assertEquals(List.of(), aMember().phone(phone).build().problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 9OO123", "12345", "call me", "0770090012300000000000000000", "07700;900123"})
    void phoneNumbersWithLettersOrTheWrongLengthAreRefused(String phone) {
        assertEquals(List.of("Phone may hold only digits, spaces and + ( ) - (6 to 25 characters)."),
                aMember().phone(phone).build().problems(), phone);
    }

    @Test
    void contractedHoursMustBeBetweenHalfAnHourAndSixty() {
        assertEquals(List.of(), aMember().hours(0.5).build().problems());
        assertEquals(List.of(), aMember().hours(60.0).build().problems());
        assertEquals(List.of(), aMember().hours(null).build().problems());
        for (double bad : new double[] {0, 0.4, 60.5, -7, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals(List.of("Contracted hours must be between 0.5 and 60."),
                    aMember().hours(bad).build().problems(), String.valueOf(bad));
        }
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Member m = aMember().named("Siân\nJones").email("not an email").phone("phone").hours(99.0).build();
        List<String> problems = m.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(mentions(problems, "Name must be on one line"));
        assertTrue(mentions(problems, "Email does not look like"));
        assertTrue(mentions(problems, "Phone may hold only"));
        assertTrue(mentions(problems, "Contracted hours must be between"));
    }
}
