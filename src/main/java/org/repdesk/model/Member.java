package org.repdesk.model;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/** A union member the rep represents. Identity is the UUID; the membership number is unique too. */
public record Member(
        UUID id,
        String membershipNumber,
        String name,
        Union union,
        Grade grade,
        String team,
        String office,
        Region region,
        String email,
        String phone,
        Double contractedHours) {

    /**
     * The name retention's anonymisation leaves in place of a member's: stored data, the same whatever
     * the rep's language (files anonymised before December 2026 hold the same text), worded for the
     * reader by {@link #shownName(String, Locale)}. A CSV export writes it as stored.
     */
    public static final String ANONYMISED_NAME = "Anonymised member"; // not for reps: stored data

    /**
     * A stored name as the reader sees it: the rep's words as typed, or retention's mark worded in
     * {@code language} ("Aelod dienw"). The mark's wording in either language is recognised too, in case
     * an anonymised member was saved again from a form that showed it.
     */
    public static String shownName(String stored, Locale language) {
        return isAnonymisedName(stored) ? Messages.text(language, "member.anonymised") : stored;
    }

    /** Whether {@code name} is retention's mark, as stored or as either language words it. */
    public static boolean isAnonymisedName(String name) {
        return name != null && (ANONYMISED_NAME.equals(name) || name.equals(MarkWorded.ENGLISH) || name.equals(MarkWorded.WELSH));
    }

    /**
     * Retention's mark as each language words it, worded once: the members table's first sort by name
     * compares 20,000 members' shown names on the FX thread, and wording the mark twice in each
     * comparison allocated 23 MB there (issue 21: the members screen's first opening).
     */
    private static final class MarkWorded {
        static final String ENGLISH = Messages.text(Messages.ENGLISH, "member.anonymised");
        static final String WELSH = Messages.text(Messages.WELSH, "member.anonymised");
    }

    /** The name to store for {@code typed}: retention's mark shown in either language goes back to the mark. */
    public static String storedName(String typed) {
        return typed != null && isAnonymisedName(typed.strip()) ? ANONYMISED_NAME : typed;
    }

    /** {@link #shownName(String, Locale)} of this member, in the language RepDesk speaks. */
    public String shownName() {
        return shownName(name, Messages.language());
    }

    /** {@link #shownName(String, Locale)} of this member, in {@code language}. */
    public String shownName(Locale language) {
        return shownName(name, language);
    }

    /** A new member with a fresh id and tidied text. */
    public static Member create(String membershipNumber, String name, Union union, Grade grade, String team,
            String office, Region region, String email, String phone, Double contractedHours) {
        return new Member(UUID.randomUUID(), membershipNumber, name, union, grade, team, office, region, email,
                phone, contractedHours).tidied();
    }

    public Member tidied() {
        return new Member(id, Problems.tidy(membershipNumber), Problems.tidy(name), union, grade, Problems.tidy(team),
                Problems.tidy(office), region, Problems.tidy(email), Problems.tidy(phone), contractedHours);
    }

    public Member withId(UUID newId) {
        return new Member(newId, membershipNumber, name, union, grade, team, office, region, email, phone,
                contractedHours);
    }

    /**
     * The fields (as the form names them) whose text looks like a spreadsheet formula: allowed, but
     * worth a word to the rep ({@link SpreadsheetFormula}).
     */
    public List<String> fieldsLikeFormulas() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("Membership number", membershipNumber);
        fields.put("Name", name);
        fields.put("Team", team);
        fields.put("Office", office);
        fields.put("Email", email);
        fields.put("Phone", phone);
        return fields.entrySet().stream().filter(e -> SpreadsheetFormula.looksLikeOne(e.getValue()))
                .map(java.util.Map.Entry::getKey).toList();
    }

    /** What is wrong with this member, in words; empty when it may be saved. */
    public List<String> problems() {
        return new Problems()
                .required("problems.field.membershipNumber", membershipNumber)
                .shortText("problems.field.membershipNumber", membershipNumber)
                .required("problems.field.name", name)
                .shortText("problems.field.name", name)
                .required("problems.field.union", union)
                .required("problems.field.grade", grade)
                .shortText("problems.field.team", team)
                .shortText("problems.field.office", office)
                .shortText("problems.field.email", email)
                .email("problems.field.email", email)
                .shortText("problems.field.phone", phone)
                .phone("problems.field.phone", phone)
                .range("problems.field.contractedHours", contractedHours, 0.5, 60)
                .list();
    }
}
