package org.repdesk.model;

import java.util.List;
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
                .required(Messages.text("problems.field.membershipNumber"), membershipNumber)
                .shortText(Messages.text("problems.field.membershipNumber"), membershipNumber)
                .required(Messages.text("problems.field.name"), name)
                .shortText(Messages.text("problems.field.name"), name)
                .required(Messages.text("problems.field.union"), union)
                .required(Messages.text("problems.field.grade"), grade)
                .shortText(Messages.text("problems.field.team"), team)
                .shortText(Messages.text("problems.field.office"), office)
                .shortText(Messages.text("problems.field.email"), email)
                .email(Messages.text("problems.field.email"), email)
                .shortText(Messages.text("problems.field.phone"), phone)
                .phone(Messages.text("problems.field.phone"), phone)
                .range(Messages.text("problems.field.contractedHours"), contractedHours, 0.5, 60)
                .list();
    }
}
