package org.repdesk.testing;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.model.WorkloadFactor;

/** Test data builders: {@code aMember().named("Siân Jones").inRegion(WALES).build()}. */
public final class Builders {

    private static final AtomicInteger NEXT = new AtomicInteger(1000);

    private Builders() {
    }

    public static MemberBuilder aMember() {
        return new MemberBuilder();
    }

    public static CaseBuilder aCase(Member member) {
        return new CaseBuilder(member.id());
    }

    public static final class MemberBuilder {
        private String number = "N" + NEXT.incrementAndGet();
        private String name = "Alex Example";
        private Union union = Union.NAPO;
        private Grade grade = Grade.PO;
        private Region region = Region.LONDON;
        private String team = "Team A";
        private Double hours = 37.0;
        private String email;

        public MemberBuilder named(String n) {
            this.name = n;
            return this;
        }

        public MemberBuilder number(String n) {
            this.number = n;
            return this;
        }

        public MemberBuilder inUnion(Union u) {
            this.union = u;
            return this;
        }

        public MemberBuilder grade(Grade g) {
            this.grade = g;
            return this;
        }

        public MemberBuilder inRegion(Region r) {
            this.region = r;
            return this;
        }

        public MemberBuilder email(String e) {
            this.email = e;
            return this;
        }

        public MemberBuilder hours(Double h) {
            this.hours = h;
            return this;
        }

        public Member build() {
            return Member.create(number, name, union, grade, team, "Main office", region, email, null, hours);
        }
    }

    public static final class CaseBuilder {
        private final UUID memberId;
        private CaseType type = CaseType.CAPABILITY;
        private String stage = "Informal stage (support and improvement plan)";
        private LocalDate opened = LocalDate.of(2026, 3, 2);
        private WorkloadFactor factor = WorkloadFactor.YES;

        CaseBuilder(UUID memberId) {
            this.memberId = memberId;
        }

        public CaseBuilder type(CaseType t, String s) {
            this.type = t;
            this.stage = s;
            return this;
        }

        public CaseBuilder openedOn(LocalDate d) {
            this.opened = d;
            return this;
        }

        public CaseBuilder workload(WorkloadFactor f) {
            this.factor = f;
            return this;
        }

        public CaseFile build() {
            return new CaseFile(UUID.randomUUID(), null, memberId, type, CaseStatus.OPEN, stage, opened, null, null,
                    null, factor, null);
        }
    }
}
