package org.repdesk.model;

import java.util.List;
import java.util.UUID;

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
