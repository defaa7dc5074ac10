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

    /** A long note such as a rep types after a hearing: well over 10,000 characters, many lines, any script. */
    public static String longNote(int atLeast) {
        StringBuilder sb = new StringBuilder();
        int line = 1;
        while (sb.length() <= atLeast) {
            sb.append("Line ").append(line++)
                    .append(": Siân said the caseload (112%) is unsafe — Zoë agreed; Łukasz took notes, 李 translated 👩\u200d👧.\n");
        }
        return sb.toString().strip(); // as stored: forms trim the ends
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
        private String phone;
        private String office = "Main office";

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

        public MemberBuilder phone(String p) {
            this.phone = p;
            return this;
        }

        public MemberBuilder team(String t) {
            this.team = t;
            return this;
        }

        public MemberBuilder office(String o) {
            this.office = o;
            return this;
        }

        public MemberBuilder hours(Double h) {
            this.hours = h;
            return this;
        }

        public Member build() {
            return Member.create(number, name, union, grade, team, office, region, email, phone, hours);
        }
    }

    public static final class CaseBuilder {
        private final UUID memberId;
        private CaseType type = CaseType.CAPABILITY;
        private String stage = "Informal stage (support and improvement plan)";
        private LocalDate opened = LocalDate.of(2026, 3, 2);
        private WorkloadFactor factor = WorkloadFactor.YES;
        private CaseStatus status = CaseStatus.OPEN;
        private LocalDate closed;
        private String outcome;
        private String manager;
        private String account;

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

        public CaseBuilder stage(String s) {
            this.stage = s;
            return this;
        }

        public CaseBuilder status(CaseStatus s) {
            this.status = s;
            return this;
        }

        public CaseBuilder closed(LocalDate on, String result) {
            this.status = CaseStatus.CLOSED;
            this.closed = on;
            this.outcome = result;
            return this;
        }

        public CaseBuilder manager(String m) {
            this.manager = m;
            return this;
        }

        public CaseBuilder account(String a) {
            this.account = a;
            return this;
        }

        public CaseFile build() {
            return new CaseFile(UUID.randomUUID(), null, memberId, type, status, stage, opened, closed, manager,
                    outcome, factor, account);
        }
    }
    /** An absence of {@code member}'s: {@code anAbsence(m).from("2026-02-02").to("2026-02-06").build()}. */
    public static AbsenceBuilder anAbsence(Member member) {
        return new AbsenceBuilder(member.id());
    }

    public static final class AbsenceBuilder {
        private final UUID memberId;
        private LocalDate first = LocalDate.of(2026, 3, 2);
        private LocalDate last;
        private Double hours;
        private org.repdesk.model.AbsenceReason reason = org.repdesk.model.AbsenceReason.INFECTION;
        private boolean disability;
        private boolean pregnancy;
        private boolean work;
        private boolean fitNote;

        AbsenceBuilder(UUID memberId) {
            this.memberId = memberId;
        }

        public AbsenceBuilder from(String iso) {
            this.first = LocalDate.parse(iso);
            return this;
        }

        public AbsenceBuilder to(String iso) {
            this.last = LocalDate.parse(iso);
            return this;
        }

        public AbsenceBuilder hours(double h) {
            this.hours = h;
            return this;
        }

        public AbsenceBuilder reason(org.repdesk.model.AbsenceReason r) {
            this.reason = r;
            return this;
        }

        public AbsenceBuilder disabilityRelated() {
            this.disability = true;
            return this;
        }

        public AbsenceBuilder pregnancyRelated() {
            this.pregnancy = true;
            return this;
        }

        public AbsenceBuilder workRelated() {
            this.work = true;
            return this;
        }

        public AbsenceBuilder withFitNote() {
            this.fitNote = true;
            return this;
        }

        public org.repdesk.model.Absence build() {
            return org.repdesk.model.Absence.of(memberId, first, last, hours, reason, disability, pregnancy, work, fitNote);
        }
    }
}
