package org.repdesk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the cases list: the case with what the list shows of its member and deadlines.
 * {@code fileRow} is the case's row number in the data file: search results name cases by it
 * (see {@link CaseMatches}), which spares a large search one lookup per matching case.
 *
 * <p>A row is one small object, a place in a {@link Builder}'s columns (arrays) that the rows read
 * together share: the case's id as two longs, every reference in one character array, each member
 * (id, name, region, grade) once, each stage and date once. Read as a record of its own objects, a row
 * was about 174 bytes in four or five objects (the row, the case's UUID, the reference's String and
 * its bytes); 100,000 of them were still young when the list was handed to the FX thread, and the
 * collector's copying of them, 55-70 ms on two cores, landed in whichever event came next (issue 21).
 * Now a row is ~90 bytes, one object of 24 and its share of a few large arrays, which the collector
 * copies whole. A value as a record is: equal rows hold equal values.
 */
public final class CaseListRow {

    /** Rows in order of their references, as {@code Comparator.comparing(CaseListRow::reference)}, without making the Strings. */
    public static final Comparator<CaseListRow> BY_REFERENCE = CaseListRow::compareReference;

    private final Columns columns;
    private final int at;

    private CaseListRow(Columns columns, int at) {
        this.columns = columns;
        this.at = at;
    }

    /** One row on its own (a case read or saved alone); the list's rows are read through a {@link Builder}. */
    public CaseListRow(UUID caseId, String reference, UUID memberId, String memberName, Region region, Grade grade,
            CaseType type, CaseStatus status, String stage, LocalDate openedOn, WorkloadFactor workloadFactor,
            LocalDate nextDeadline, long fileRow) {
        this(new Builder(1).add(caseId, reference, memberId, memberName, region, grade, type, status, stage, openedOn,
                workloadFactor, nextDeadline, fileRow).columns(), 0);
    }

    /** The case's id (a new UUID each time: {@link #isCase} compares without one). */
    public UUID caseId() {
        return new UUID(columns.idHigh[at], columns.idLow[at]);
    }

    /** Whether this is the row of case {@code id}. */
    public boolean isCase(UUID id) {
        return id != null && columns.idHigh[at] == id.getMostSignificantBits() && columns.idLow[at] == id.getLeastSignificantBits();
    }

    public String reference() {
        int end = columns.refEnd[at];
        if (end < 0) {
            return null;
        }
        int from = columns.refFrom(at);
        return new String(columns.refChars, from, end - from);
    }

    public UUID memberId() {
        return columns.memberIds[columns.member[at]];
    }

    public String memberName() {
        return columns.memberNames[columns.member[at]];
    }

    public Region region() {
        return columns.regions[columns.member[at]];
    }

    public Grade grade() {
        return columns.grades[columns.member[at]];
    }

    public CaseType type() {
        return Columns.of(TYPES, columns.type[at]);
    }

    public CaseStatus status() {
        return Columns.of(STATUSES, columns.status[at]);
    }

    public String stage() {
        return columns.stage[at];
    }

    public LocalDate openedOn() {
        return columns.openedOn[at];
    }

    public WorkloadFactor workloadFactor() {
        return Columns.of(FACTORS, columns.factor[at]);
    }

    public LocalDate nextDeadline() {
        return columns.nextDeadline[at];
    }

    public long fileRow() {
        return columns.fileRow[at];
    }

    /** The next open deadline has passed. */
    public boolean isOverdue(LocalDate today) {
        LocalDate next = nextDeadline();
        return next != null && next.isBefore(today);
    }

    private static final CaseType[] TYPES = CaseType.values();
    private static final CaseStatus[] STATUSES = CaseStatus.values();
    private static final WorkloadFactor[] FACTORS = WorkloadFactor.values();

    /** As String.compareTo of the two references (null first throws, as natural order does). */
    private static int compareReference(CaseListRow a, CaseListRow b) {
        int aEnd = a.columns.refEnd[a.at];
        int bEnd = b.columns.refEnd[b.at];
        if (aEnd < 0 || bEnd < 0) {
            throw new NullPointerException("a case without a reference");
        }
        int aFrom = a.columns.refFrom(a.at);
        int bFrom = b.columns.refFrom(b.at);
        char[] ac = a.columns.refChars;
        char[] bc = b.columns.refChars;
        int aLen = aEnd - aFrom;
        int bLen = bEnd - bFrom;
        for (int i = 0, n = Math.min(aLen, bLen); i < n; i++) {
            char x = ac[aFrom + i];
            char y = bc[bFrom + i];
            if (x != y) {
                return x - y;
            }
        }
        return aLen - bLen;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CaseListRow r)) {
            return false;
        }
        return columns.idHigh[at] == r.columns.idHigh[r.at] && columns.idLow[at] == r.columns.idLow[r.at]
                && fileRow() == r.fileRow() && Objects.equals(reference(), r.reference())
                && Objects.equals(memberId(), r.memberId()) && Objects.equals(memberName(), r.memberName())
                && region() == r.region() && grade() == r.grade() && type() == r.type() && status() == r.status()
                && Objects.equals(stage(), r.stage()) && Objects.equals(openedOn(), r.openedOn())
                && workloadFactor() == r.workloadFactor() && Objects.equals(nextDeadline(), r.nextDeadline());
    }

    @Override
    public int hashCode() {
        long bits = columns.idHigh[at] ^ columns.idLow[at];
        return 31 * ((int) (bits >> 32) ^ (int) bits) + Long.hashCode(fileRow());
    }

    @Override
    public String toString() {
        return "CaseListRow[caseId=" + caseId() + ", reference=" + reference() + ", memberId=" + memberId()
                + ", memberName=" + memberName() + ", region=" + region() + ", grade=" + grade() + ", type=" + type()
                + ", status=" + status() + ", stage=" + stage() + ", openedOn=" + openedOn() + ", workloadFactor="
                + workloadFactor() + ", nextDeadline=" + nextDeadline() + ", fileRow=" + fileRow() + "]";
    }

    /** The rows read together: a column (array) a field, each member, stage and date held once. */
    private static final class Columns {
        final long[] idHigh;
        final long[] idLow;
        final long[] fileRow;
        /** Every reference one after another; {@link #refEnd} where each ends (-1 - its start for none). */
        final char[] refChars;
        final int[] refEnd;
        /** Each row's member, by its place in the member columns. */
        final int[] member;
        final UUID[] memberIds;
        final String[] memberNames;
        final Region[] regions;
        final Grade[] grades;
        /** Enums by ordinal + 1 (0: none). */
        final byte[] type;
        final byte[] status;
        final byte[] factor;
        final String[] stage;
        final LocalDate[] openedOn;
        final LocalDate[] nextDeadline;

        Columns(Builder b) {
            int n = b.n;
            idHigh = fit(b.idHigh, n);
            idLow = fit(b.idLow, n);
            fileRow = fit(b.fileRow, n);
            refChars = b.refChars.length == b.refLength ? b.refChars : Arrays.copyOf(b.refChars, b.refLength);
            refEnd = b.refEnd.length == n ? b.refEnd : Arrays.copyOf(b.refEnd, n);
            member = b.member.length == n ? b.member : Arrays.copyOf(b.member, n);
            memberIds = b.memberIds.toArray(new UUID[0]);
            memberNames = b.memberNames.toArray(new String[0]);
            regions = b.regions.toArray(new Region[0]);
            grades = b.grades.toArray(new Grade[0]);
            type = b.type.length == n ? b.type : Arrays.copyOf(b.type, n);
            status = b.status.length == n ? b.status : Arrays.copyOf(b.status, n);
            factor = b.factor.length == n ? b.factor : Arrays.copyOf(b.factor, n);
            stage = b.stage.length == n ? b.stage : Arrays.copyOf(b.stage, n);
            openedOn = b.openedOn.length == n ? b.openedOn : Arrays.copyOf(b.openedOn, n);
            nextDeadline = b.nextDeadline.length == n ? b.nextDeadline : Arrays.copyOf(b.nextDeadline, n);
        }

        private static long[] fit(long[] a, int n) {
            return a.length == n ? a : Arrays.copyOf(a, n);
        }

        int refFrom(int i) {
            if (i == 0) {
                return 0;
            }
            int before = refEnd[i - 1];
            return before < 0 ? -1 - before : before;
        }

        static <E> E of(E[] values, byte ordinalPlusOne) {
            return ordinalPlusOne == 0 ? null : values[ordinalPlusOne - 1];
        }
    }

    /**
     * Reads rows into columns: {@link #add} each, then {@link #build} the list. Not thread-safe: one
     * per read.
     */
    public static final class Builder {
        private int n;
        private long[] idHigh;
        private long[] idLow;
        private long[] fileRow;
        private char[] refChars;
        private int refLength;
        private int[] refEnd;
        private int[] member;
        private byte[] type;
        private byte[] status;
        private byte[] factor;
        private String[] stage;
        private LocalDate[] openedOn;
        private LocalDate[] nextDeadline;
        private final List<UUID> memberIds = new ArrayList<>();
        private final List<String> memberNames = new ArrayList<>();
        private final List<Region> regions = new ArrayList<>();
        private final List<Grade> grades = new ArrayList<>();
        /** Each member's place in the member columns, by id. */
        private final Map<UUID, Integer> members = new HashMap<>();
        /** One instance of each equal stage and date. */
        private final Map<Object, Object> shared = new HashMap<>();

        /** The members already read, by id (null: none): their ids and names are held rather than equal copies. */
        private final java.util.function.Function<UUID, Member> known;

        /** For about {@code expected} rows (more may be added). */
        public Builder(int expected) {
            this(expected, null);
        }

        /**
         * As {@link #Builder(int)}, the rows' members holding the id and name of the member {@code known}
         * gives for their id where those are the same, not copies of their own: at start the members list
         * is read just before the cases list, and the two held 20,000 ids and names twice at 100,000
         * cases: up to 60,000 objects for the young collections to copy (issue 21; ~32,000 in the bench file,
         * whose 5,850 names the rows already shared among namesakes).
         */
        public Builder(int expected, java.util.function.Function<UUID, Member> known) {
            this.known = known;
            int c = Math.max(1, expected);
            idHigh = new long[c];
            idLow = new long[c];
            fileRow = new long[c];
            refChars = new char[c * 10];
            refEnd = new int[c];
            member = new int[c];
            type = new byte[c];
            status = new byte[c];
            factor = new byte[c];
            stage = new String[c];
            openedOn = new LocalDate[c];
            nextDeadline = new LocalDate[c];
        }

        public Builder add(UUID caseId, String reference, UUID memberId, String memberName, Region region, Grade grade,
                CaseType type, CaseStatus status, String stage, LocalDate openedOn, WorkloadFactor workloadFactor,
                LocalDate nextDeadline, long fileRow) {
            Objects.requireNonNull(caseId, "caseId");
            if (n == idHigh.length) {
                grow();
            }
            idHigh[n] = caseId.getMostSignificantBits();
            idLow[n] = caseId.getLeastSignificantBits();
            this.fileRow[n] = fileRow;
            if (reference == null) {
                refEnd[n] = -1 - refLength;
            } else {
                int len = reference.length();
                if (refLength + len > refChars.length) {
                    refChars = Arrays.copyOf(refChars, Math.max(refChars.length * 2, refLength + len));
                }
                reference.getChars(0, len, refChars, refLength);
                refLength += len;
                refEnd[n] = refLength;
            }
            member[n] = memberOf(memberId, memberName, region, grade);
            this.type[n] = type == null ? 0 : (byte) (type.ordinal() + 1);
            this.status[n] = status == null ? 0 : (byte) (status.ordinal() + 1);
            factor[n] = workloadFactor == null ? 0 : (byte) (workloadFactor.ordinal() + 1);
            this.stage[n] = shared(stage);
            this.openedOn[n] = shared(openedOn);
            this.nextDeadline[n] = shared(nextDeadline);
            n++;
            return this;
        }

        private int memberOf(UUID id, String name, Region region, Grade grade) {
            Integer at = members.get(id);
            if (at != null && Objects.equals(memberNames.get(at), name) && regions.get(at) == region
                    && grades.get(at) == grade) {
                return at;
            }
            int next = memberIds.size();
            Member read = known == null || id == null ? null : known.apply(id);
            memberIds.add(read != null ? read.id() : id); // known gives the member of this id
            memberNames.add(read != null && name != null && name.equals(read.name()) ? read.name() : shared(name));
            regions.add(region);
            grades.add(grade);
            members.put(id, next);
            return next;
        }

        @SuppressWarnings("unchecked")
        private <T> T shared(T value) {
            if (value == null) {
                return null;
            }
            Object before = shared.putIfAbsent(value, value);
            return before == null ? value : (T) before;
        }

        private void grow() {
            int c = idHigh.length * 2;
            idHigh = Arrays.copyOf(idHigh, c);
            idLow = Arrays.copyOf(idLow, c);
            fileRow = Arrays.copyOf(fileRow, c);
            refEnd = Arrays.copyOf(refEnd, c);
            member = Arrays.copyOf(member, c);
            type = Arrays.copyOf(type, c);
            status = Arrays.copyOf(status, c);
            factor = Arrays.copyOf(factor, c);
            stage = Arrays.copyOf(stage, c);
            openedOn = Arrays.copyOf(openedOn, c);
            nextDeadline = Arrays.copyOf(nextDeadline, c);
        }

        private Columns columns() {
            return new Columns(this);
        }

        /** The rows added, in the order added (a list the caller may change). */
        public List<CaseListRow> build() {
            Columns c = columns();
            List<CaseListRow> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rows.add(new CaseListRow(c, i));
            }
            return rows;
        }
    }
}
