package org.repdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.model.AuditEntry;
import org.repdesk.store.Database;
import org.repdesk.store.MemberStore;

/** Recording and finding members. */
public final class MemberService {

    private final Database db;
    private final MemberStore members;
    private final AuditTrail audit;

    public MemberService(Database db, MemberStore members, AuditTrail audit) {
        this.db = db;
        this.members = members;
        this.audit = audit;
    }

    static AuditTrail.Subject subject(Member m) {
        return new AuditTrail.Subject(AuditEntry.Kind.MEMBER, m.id(), m.membershipNumber(), m.id(), null);
    }

    /** A member's fields as the audit trail compares them; all are structured (none is free text). */
    static AuditTrail.Fields fields(Member m) {
        // The audit trail's field names are stored as data: the same whatever language wrote them.
        return AuditTrail.fields().put("membership number", m.membershipNumber()).put("name", m.name()) // not for reps
                .put("union", m.union()).put("grade", m.grade()).put("team", m.team()).put("office", m.office())
                .put("region", m.region()).put("email", m.email()).put("phone", m.phone())
                .put("contracted hours", m.contractedHours()); // not for reps
    }

    /**
     * Adds a new member or saves changes to an existing one.
     *
     * @throws ValidationException listing every problem, including a membership number already used
     */
    public Member save(Member member) {
        return save(null, member);
    }

    /**
     * Saves {@code member}, opened as {@code opened} (null: no check): refused, with who saved it and
     * when, if someone else saved the member since.
     *
     * @throws StoreException of kind CHANGED_ELSEWHERE
     */
    public Member save(Member opened, Member member) {
        Member m = member.tidied();
        List<String> problems = new ArrayList<>(m.problems());
        if (m.membershipNumber() != null) {
            members.byMembershipNumber(m.membershipNumber())
                    .filter(other -> !other.id().equals(m.id()))
                    .ifPresent(other -> problems.add(Messages.text("member.numberUsed",
                            Map.of("number", m.membershipNumber(), "name", other.name()))));
        }
        ValidationException.throwIfAny(problems);
        return db.write(c -> {
            Optional<Member> before = members.byId(m.id());
            if (before.isPresent()) {
                org.repdesk.model.LastSaved stamp = members.lastSaved(m.id()).orElseThrow();
                if (opened != null && !before.get().equals(opened) && !before.get().equals(opened.tidied())
                        || !members.update(m, stamp.version())) {
                    throw ChangedElsewhere.of("changed.member", before.get().name(),
                            members.lastSaved(m.id()).orElse(stamp));
                }
                audit.changed(subject(m), fields(before.get()), fields(m));
            } else {
                members.insert(m);
                audit.created(subject(m));
            }
            return m;
        });
    }

    public List<Member> all() {
        return members.all();
    }

    /** True when the engine writes the members CSV's rows itself (a casebook's COPY). */
    public boolean copiesCsvRows() {
        return members.copiesCsvRows();
    }

    /** Every member as the members CSV's rows, each ended by CRLF, written to {@code out}; how many (see {@link #copiesCsvRows}). */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        return members.copyCsvRowsForExport(out);
    }

    /** True when the engine makes the members CSV's lines itself (a data file's SQLite). */
    public boolean makesCsvLines() {
        return members.makesCsvLines();
    }

    /** Every member as a finished line of the members CSV, ordered by name, as read (see {@link #makesCsvLines}). */
    public void forEachCsvLineForExport(org.repdesk.store.EachRow<byte[]> each) throws java.io.IOException {
        members.forEachCsvLineForExport(each);
    }

    /** Every member, ordered by name, handed over as read (an export: never all held). */
    public void forEachForExport(org.repdesk.store.EachRow<Member> each) throws java.io.IOException {
        members.forEachForExport(each);
    }

    /** How many members the file holds, without reading them. */
    public int count() {
        return members.count();
    }

    public Optional<Member> byId(UUID id) {
        return members.byId(id);
    }

    public Optional<Member> byMembershipNumber(String number) {
        return members.byMembershipNumber(number);
    }

    /**
     * Deletes a member who has no cases. A member with cases keeps them: the rep deletes or closes
     * the cases first, so a case file is never lost as a side effect.
     */
    public void delete(UUID memberId) {
        int cases = members.caseCount(memberId);
        if (cases > 0) {
            throw new ValidationException(List.of(Messages.text("member.hasCases", Map.of("n", cases))));
        }
        db.write(c -> {
            members.byId(memberId).ifPresent(m -> {
                members.delete(memberId);
                audit.deletedAndForgotten(subject(m));
            });
            return null;
        });
    }
}
