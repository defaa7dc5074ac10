package org.repdesk.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.Member;
import org.repdesk.store.MemberStore;

/** Recording and finding members. */
public final class MemberService {

    private final MemberStore members;

    public MemberService(MemberStore members) {
        this.members = members;
    }

    /**
     * Adds a new member or saves changes to an existing one.
     *
     * @throws ValidationException listing every problem, including a membership number already used
     */
    public Member save(Member member) {
        Member m = member.tidied();
        List<String> problems = new ArrayList<>(m.problems());
        if (m.membershipNumber() != null) {
            members.byMembershipNumber(m.membershipNumber())
                    .filter(other -> !other.id().equals(m.id()))
                    .ifPresent(other -> problems.add("Membership number " + m.membershipNumber()
                            + " is already used by " + other.name() + "."));
        }
        ValidationException.throwIfAny(problems);
        if (members.byId(m.id()).isPresent()) {
            members.update(m);
        } else {
            members.insert(m);
        }
        return m;
    }

    public List<Member> all() {
        return members.all();
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
            throw new ValidationException(List.of("This member has " + cases + (cases == 1 ? " case" : " cases")
                    + ". Delete the cases first; a member with cases cannot be deleted."));
        }
        members.delete(memberId);
    }
}
