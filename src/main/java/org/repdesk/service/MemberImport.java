package org.repdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.model.Labelled;
import org.repdesk.model.Member;
import org.repdesk.model.Problems;
import org.repdesk.model.Region;
import org.repdesk.model.SpreadsheetFormula;
import org.repdesk.model.Union;
import org.repdesk.store.Database;
import org.repdesk.store.MemberStore;

/**
 * Imports members from a CSV file (UTF-8, with or without BOM, RFC 4180). All or nothing: a file
 * with any bad row imports no one, and every bad row is named by its line in the file.
 */
public final class MemberImport {

    /** The header names, in the order the exporter writes them. */
    public static final List<String> COLUMNS = List.of("membership_number", "name", "union", "grade", "team",
            "office", "region", "email", "phone", "contracted_hours");
    static final List<String> REQUIRED = List.of("membership_number", "name", "union", "grade");
    /** The one-line text columns, and the keys of their names as the rep's form says them. */
    private static final Map<String, String> COLUMN_NAMES = Map.of("membership_number", "memberImport.field.number",
            "name", "memberImport.field.name", "team", "memberImport.field.team", "office", "memberImport.field.office",
            "email", "memberImport.field.email", "phone", "memberImport.field.phone");

    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*\\R[\\s]*");

    /** Something wrong with the file, at a physical line (1 is the header). */
    public record Problem(long line, String reason) {
        public String describe() {
            return Messages.text("memberImport.line", Map.of("line", String.valueOf(line), "reason", reason));
        }
    }

    /** A member read from the file and the line its row starts on. */
    public record Row(long line, Member member) {
    }

    /**
     * What the file held: members to import, or the problems that stop the import; and notes that do
     * not stop it (a line break folded to a space, a value that looks like a spreadsheet formula).
     */
    public record MemberFile(List<Row> rows, List<Problem> problems, List<Problem> notes) {
        public MemberFile(List<Row> rows, List<Problem> problems) {
            this(rows, problems, List.of());
        }

        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    /** How an import ended: how many members were imported, or why none were; and the file's notes. */
    public record Result(int imported, List<Problem> problems, List<Problem> notes) {
        public Result(int imported, List<Problem> problems) {
            this(imported, problems, List.of());
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private final Database db;
    private final MemberStore members;
    private final AuditTrail audit;

    public MemberImport(Database db) {
        this.db = db;
        this.members = new MemberStore(db);
        this.audit = new AuditTrail(new org.repdesk.store.AuditStore(db),
                new SettingsService(new org.repdesk.store.SettingsStore(db)));
    }

    /**
     * A file read once to check it, its members not kept: its problems and notes, how many members it
     * holds, and the line of each membership number (to name the line a number already in the data file is on).
     */
    public record CheckedFile(List<Problem> problems, List<Problem> notes, int members, Map<String, Long> lineOfNumber) {
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    /** Members added to the data file per batch: a file is read twice rather than held whole (issue 21). */
    private static final int BATCH = 1000;

    /**
     * Reads a file once, in one transaction, adding its members in batches as they are read, and keeps
     * them only if the whole file is clean: every member, or none and every problem named (as
     * {@link #check} then {@link #importChecked} would tell them). Once a problem is found nothing more
     * is added and the rest is only checked; the transaction is then rolled back. At no point is the
     * whole file in memory (219,000 rows took 1 GB when it was), and it is read once, not twice: the
     * second reading was ~140 MB of a 200,000-row import's allocation (issue 21).
     */
    public Result importFile(Path csv) throws IOException {
        try {
            return db.write(c -> {
                // The numbers already here, before any of the file's are added: numberKey -> {number, name}.
                Map<String, String[]> here = new LinkedHashMap<>();
                members.forEachNumberAndName((number, name) -> here.put(numberKey(number), new String[] {number, name}));
                List<Member> batch = new ArrayList<>(BATCH);
                boolean[] stopped = {false};
                Reading[] reading = new Reading[1];
                reading[0] = Reading.addingAsRead(row -> {
                    if (!stopped[0] && (!reading[0].problems.isEmpty()
                            || here.containsKey(numberKey(row.member().membershipNumber())))) {
                        stopped[0] = true; // nothing more is added: the transaction will be rolled back
                        batch.clear();
                    }
                    if (!stopped[0]) {
                        batch.add(row.member());
                        if (batch.size() == BATCH) {
                            add(batch);
                        }
                    }
                });
                MemberFile file;
                try (InputStream in = Files.newInputStream(csv)) {
                    file = reading[0].run(in);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                List<Problem> problems = new ArrayList<>(file.problems());
                here.forEach((key, numberAndName) -> {
                    Long line = reading[0].firstLineOfNumber.get(key);
                    if (line != null) {
                        problems.add(new Problem(line, Messages.text("memberImport.numberInFile",
                                Map.of("number", numberAndName[0], "name", numberAndName[1]))));
                    }
                });
                if (!problems.isEmpty()) {
                    problems.sort((a, b) -> Long.compare(a.line(), b.line()));
                    throw new Refused(new Result(0, List.copyOf(problems), file.notes()));
                }
                add(batch);
                return new Result(reading[0].members, List.of(), file.notes());
            });
        } catch (Refused refused) {
            return refused.result; // the transaction was rolled back
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // the transaction was rolled back
        }
    }

    /** A file with problems, found after some of its members were added: thrown to roll them back. */
    private static final class Refused extends RuntimeException {
        private final transient Result result;

        Refused(Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Reads a CSV file to check it, keeping only its problems, notes and membership numbers. */
    public static CheckedFile check(Path csv) throws IOException {
        Reading reading = Reading.checking();
        try (InputStream in = Files.newInputStream(csv)) {
            MemberFile file = reading.run(in);
            return new CheckedFile(file.problems(), file.notes(), reading.members, reading.firstLineOfNumber);
        }
    }

    /**
     * Adds every member of a file already checked ({@link #check}), in one transaction: membership
     * numbers already in the data file are problems too, so that check and the insert run in the same
     * transaction. The file is read again and added in batches as it is read; should it have changed
     * since it was checked (a new problem on the second reading, or a number on another line), nothing is added.
     */
    public Result importChecked(Path csv, CheckedFile checked) throws IOException {
        try {
            return db.write(c -> {
                List<Problem> problems = withNumbersAlreadyHere(checked.problems(), checked.lineOfNumber());
                if (!problems.isEmpty()) {
                    return new Result(0, problems, checked.notes());
                }
                List<Member> batch = new ArrayList<>(BATCH);
                Reading again = Reading.adding(row -> {
                    batch.add(row.member());
                    if (batch.size() == BATCH) {
                        add(batch);
                    }
                }, checked.lineOfNumber());
                MemberFile second;
                try (InputStream in = Files.newInputStream(csv)) {
                    second = again.run(in);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (!second.isClean() || again.members != checked.members() || again.numbersMoved > 0) {
                    throw new java.io.UncheckedIOException(new IOException(
                            Messages.text("memberImport.changed", Map.of("file", csv.toString()))));
                }
                add(batch);
                return new Result(checked.members(), List.of(), checked.notes());
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // the transaction was rolled back
        }
    }

    /**
     * The file's problems and, on its line, each membership number the data file already holds (naming
     * its member), in line order; none when the file may be added. Run in the adding transaction.
     */
    private List<Problem> withNumbersAlreadyHere(List<Problem> fileProblems, Map<String, Long> lineOfNumber) {
        List<Problem> problems = new ArrayList<>(fileProblems);
        members.forEachNumberAndName((number, name) -> {
            Long line = lineOfNumber.get(numberKey(number));
            if (line != null) {
                problems.add(new Problem(line, Messages.text("memberImport.numberInFile",
                        Map.of("number", number, "name", name))));
            }
        });
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        return List.copyOf(problems);
    }

    private void add(List<Member> batch) {
        members.insertAllWithCreatedEntries(batch, audit.who());
        batch.clear();
    }

    /**
     * Adds every member of a clean file in one transaction. Membership numbers already in the data
     * file are problems too, so the check and the insert run in the same transaction.
     */
    public Result importAll(MemberFile file) {
        return db.write(c -> {
            Map<String, Long> lineOfNumber = new HashMap<>();
            for (Row row : file.rows()) { // one row a number: a number on two lines is a problem of the file
                lineOfNumber.put(numberKey(row.member().membershipNumber()), row.line());
            }
            List<Problem> problems = withNumbersAlreadyHere(file.problems(), lineOfNumber);
            if (!problems.isEmpty()) {
                return new Result(0, problems, file.notes());
            }
            add(file.rows().stream().map(Row::member).collect(Collectors.toCollection(ArrayList::new)));
            return new Result(file.rows().size(), List.of(), file.notes());
        });
    }

    /** Reads a CSV file into members, collecting every problem rather than stopping at the first. */
    public static MemberFile read(Path csv) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            return read(in);
        }
    }

    /** Reads CSV bytes (a UTF-8 BOM is skipped by the parser). */
    public static MemberFile read(InputStream in) throws IOException {
        return new Reading().run(in);
    }

    /** One pass over the file; keeps the line bookkeeping out of the rules. */
    private static final class Reading {
        /** The id of a member read only to check it: never saved, so not worth a random UUID each. */
        private static final UUID CHECKED_ONLY = new UUID(0, 0);

        private final List<Row> rows = new ArrayList<>();
        /** Where each clean row goes: {@link #rows}, handed on, or (null) forgotten. */
        private final java.util.function.Consumer<Row> sink;
        private int members;
        /** Each membership number's line: found as the file is read, or (when adding) as its check found it. */
        private final Map<String, Long> firstLineOfNumber;
        /** True when {@link #firstLineOfNumber} came from the check: the second reading builds no map of its own. */
        private final boolean numbersChecked;
        /** Numbers the second reading found on another line than the check did: the file changed in between. */
        private int numbersMoved;

        /** A reading that keeps every clean row. */
        Reading() {
            this.sink = rows::add;
            this.firstLineOfNumber = new HashMap<>();
            this.numbersChecked = false;
        }

        private Reading(java.util.function.Consumer<Row> sink, Map<String, Long> lineOfNumber, boolean numbersChecked) {
            this.sink = sink;
            this.firstLineOfNumber = lineOfNumber;
            this.numbersChecked = numbersChecked;
        }

        /** A reading that keeps nothing of a clean row (the check before an import). */
        static Reading checking() {
            return new Reading(null, new HashMap<>(), false);
        }

        /** A reading that hands each clean row on as it is read, finding each number's first line itself. */
        static Reading addingAsRead(java.util.function.Consumer<Row> sink) {
            return new Reading(sink, new HashMap<>(), false);
        }

        /** A reading that hands each clean row on, its numbers compared with where {@link #check} found them. */
        static Reading adding(java.util.function.Consumer<Row> sink, Map<String, Long> checkedLineOfNumber) {
            return new Reading(sink, checkedLineOfNumber, true);
        }

        private final List<Problem> problems = new ArrayList<>();
        private final List<Problem> notes = new ArrayList<>();
        private boolean sawDataRow;
        private Map<String, Integer> columnIndex;
        private int headerSize;

        MemberFile run(InputStream in) throws IOException {
            if (CsvRecords.read(in, this::row, (line, reason) -> problems.add(new Problem(line, reason)))
                    == CsvRecords.Ending.STOPPED) {
                return done();
            }
            if (columnIndex == null) {
                problems.add(new Problem(1, Messages.text("memberImport.empty",
                        Map.of("columns", String.join(", ", COLUMNS)))));
            } else if (!sawDataRow && problems.isEmpty()) {
                // "Imported 0 members" with success would hide a wrong or truncated file.
                problems.add(new Problem(1, Messages.text("export.import.noRows")));
            }
            return done();
        }

        private MemberFile done() {
            return new MemberFile(List.copyOf(rows), List.copyOf(problems), List.copyOf(notes));
        }

        /** Handles one record; false stops reading (a header that cannot be used). */
        private boolean row(long line, List<String> values) {
            if (columnIndex == null) {
                return header(line, values);
            }
            if (allBlank(values)) {
                return true; // a spreadsheet's trailing ",,,," row is not a member
            }
            sawDataRow = true;
            if (values.size() != headerSize) {
                problems.add(new Problem(line, Messages.text("memberImport.rowWidth",
                        Map.of("values", values.size(), "columns", headerSize))));
                return true;
            }
            member(line, values);
            return true;
        }

        private static boolean allBlank(List<String> values) {
            for (String value : values) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private boolean header(long line, List<String> names) {
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            List<String> repeated = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip().toLowerCase(Locale.ROOT);
                if (!COLUMNS.contains(name)) {
                    unknown.add("\"" + names.get(i).strip() + "\"");
                } else if (index.putIfAbsent(name, i) != null) {
                    repeated.add(name);
                }
            }
            List<String> missing = REQUIRED.stream().filter(r -> !index.containsKey(r)).toList();
            if (names.size() == 1 && (names.get(0).contains(";") || names.get(0).contains("\t"))) {
                // Spreadsheets in some locales save "CSV" with semicolons; say so rather than list columns.
                problems.add(new Problem(line, Messages.text("memberImport.separator",
                        Map.of("separator", names.get(0).contains(";") ? "semicolon" : "tab"))));
                columnIndex = index;
                return false;
            }
            if (!unknown.isEmpty()) {
                problems.add(new Problem(line, Messages.text("memberImport.unknownColumns", Map.of("n", unknown.size(),
                        "names", String.join(", ", unknown), "columns", String.join(", ", COLUMNS)))));
            }
            if (!repeated.isEmpty()) {
                problems.add(new Problem(line, Messages.text("memberImport.repeated",
                        Map.of("names", String.join(", ", repeated)))));
            }
            if (!missing.isEmpty()) {
                problems.add(new Problem(line, Messages.text("memberImport.missing",
                        Map.of("n", missing.size(), "names", String.join(", ", missing)))));
            }
            columnIndex = index;
            headerSize = names.size();
            return unknown.isEmpty() && repeated.isEmpty() && missing.isEmpty();
        }

        /** One row's reasons and unreadable fields: emptied for each row rather than made anew (issue 21). */
        private final List<String> reasons = new ArrayList<>();
        private final List<String> unreadable = new ArrayList<>();

        private void member(long line, List<String> values) {
            reasons.clear();
            unreadable.clear();
            String number = text(line, values, "membership_number");
            // The model's own field names (bundle keys), matched against its "… is required." problems below.
            Union union = choice(Union.class, "problems.field.union", "union", value(values, "union"), reasons, unreadable);
            Grade grade = choice(Grade.class, "problems.field.grade", "grade", value(values, "grade"), reasons, unreadable);
            Region region = choice(Region.class, "problems.field.region", "region", value(values, "region"), reasons,
                    unreadable);
            Double hours = hours(value(values, "contracted_hours"));
            // Every value was tidied as read (value()), so Member.create's tidying would only copy the record.
            Member member = new Member(sink == null ? CHECKED_ONLY : UUID.randomUUID(), number, text(line, values, "name"),
                    union, grade, text(line, values, "team"), text(line, values, "office"), region,
                    text(line, values, "email"), text(line, values, "phone"), hours);
            // "Union is required." would only repeat "unknown union ..." said above, in either language.
            List<String> repeats = unreadable.isEmpty() ? List.of() : unreadable.stream().map(field ->
                    Messages.text("problems.required", Map.of("field", Messages.text(field)))).toList();
            List<String> found = member.problems();
            for (int i = 0; i < found.size(); i++) { // by index: an iterator per row was 18 MB of 200,000 (issue 21)
                if (!repeats.contains(found.get(i))) {
                    reasons.add(found.get(i));
                }
            }
            if (member.membershipNumber() != null && numbersChecked) {
                Long checkedLine = firstLineOfNumber.get(numberKey(member.membershipNumber()));
                if (checkedLine == null || checkedLine != line) {
                    numbersMoved++;
                }
            } else if (member.membershipNumber() != null) {
                Long earlier = firstLineOfNumber.putIfAbsent(numberKey(member.membershipNumber()), line);
                if (earlier != null) {
                    reasons.add(Messages.text("memberImport.duplicate",
                            Map.of("number", member.membershipNumber(), "earlier", String.valueOf(earlier))));
                }
            }
            if (reasons.isEmpty()) {
                members++;
                if (sink != null) {
                    sink.accept(new Row(line, member));
                }
            } else {
                reasons.forEach(r -> problems.add(new Problem(line, r)));
            }
        }

        /**
         * Contracted hours as {@link MemberImport#number} reads them, remembered per text: a file holds only a
         * handful of distinct hours, and parsing each row's anew was ~35 MB of a 200,000-row import (issue 21).
         */
        private final Map<String, Double> hoursRead = new HashMap<>();

        private Double hours(String text) {
            if (text == null) {
                return null;
            }
            Double known = hoursRead.get(text);
            if (known != null) {
                return known;
            }
            Double read = number("problems.field.contractedHours", text, reasons, unreadable);
            if (read != null && hoursRead.size() < 1000) { // not a number is told on each row: not remembered
                hoursRead.put(text, read);
            }
            return read;
        }

        /**
         * Labelled.parse, remembered per type and text: a 200,000-row file holds only a handful of distinct
         * labels (a map per type, so looking one up builds no key).
         */
        private final Map<Class<?>, Map<String, Optional<?>>> parsed = new HashMap<>();

        private <E extends Enum<E> & Labelled> E choice(Class<E> type, String field, String column, String text,
                List<String> reasons, List<String> unreadable) {
            if (text == null) {
                return null;
            }
            Map<String, Optional<?>> ofType = parsed.computeIfAbsent(type, t -> new HashMap<>());
            @SuppressWarnings("unchecked")
            Optional<E> value = (Optional<E>) ofType.get(text);
            if (value == null) {
                value = (Object) type == Union.class ? (Optional<E>) (Optional<?>) Union.parse(text)
                        : Labelled.parse(type, text);
                ofType.put(text, value);
            }
            if (value.isEmpty()) {
                unreadable.add(field);
                reasons.add(Messages.text("memberImport.unknown." + column, Map.of("text", text, "choices",
                        Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", ")))));
            }
            return value.orElse(null);
        }

        private String value(List<String> values, String column) {
            Integer i = columnIndex.get(column);
            return i == null ? null : Problems.tidy(SpreadsheetFormula.restored(values.get(i)));
        }

        /**
         * A one-line text field as the rep meant it: a line break typed in a spreadsheet cell
         * (Alt+Enter) folded to a space, and a value that looks like a formula kept but flagged;
         * both said in the import's report.
         */
        private String text(long line, List<String> values, String column) {
            String value = value(values, column);
            if (value == null) {
                return null;
            }
            if (hasLineBreak(value)) {
                value = LINE_BREAKS.matcher(value).replaceAll(" ");
                notes.add(new Problem(line, Messages.text("export.import.lineBreakFolded",
                        Map.of("field", Messages.text(COLUMN_NAMES.get(column)), "value", value))));
            }
            if (SpreadsheetFormula.looksLikeOne(value)) {
                notes.add(new Problem(line, Messages.text("export.import.looksLikeFormula",
                        Map.of("field", Messages.text(COLUMN_NAMES.get(column)), "value", value))));
            }
            return value;
        }
    }


    /**
     * Whether {@code LINE_BREAKS} would find anything: one of {@code \R}'s characters (line feed, vertical
     * tab, form feed, carriage return, U+0085, U+2028, U+2029), looked for without a Matcher per value.
     */
    static boolean hasLineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if ((ch >= '\n' && ch <= '\r') || ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * A plain decimal such as 37, 22.5 or -5 (no exponents, no NaN, no thousands separators); whether
     * it is in range is the member's own rule, so "-5" and "1000" are told so, not "not a number". The
     * expression {@code -?(\d{1,12}(\.\d+)?|\.\d+)} (ASCII digits) as a loop: no Matcher per row.
     */
    static boolean plainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int whole = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            whole++;
        }
        if (whole > 12) {
            return false;
        }
        if (i == text.length()) {
            return whole > 0;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = 0;
        for (i++; i < text.length(); i++, fraction++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return fraction > 0;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static Double number(String field, String text, List<String> reasons, List<String> unreadable) {
        if (text == null) {
            return null;
        }
        if (!plainDecimal(text)) {
            unreadable.add(field);
            reasons.add(Messages.text("memberImport.notNumber", Map.of("text", text)));
            return null;
        }
        return Double.valueOf(text);
    }

    /** The data file compares membership numbers with SQLite's NOCASE, which folds ASCII letters only. */
    static String numberKey(String number) {
        char[] key = number.toCharArray();
        for (int i = 0; i < key.length; i++) {
            if (key[i] >= 'A' && key[i] <= 'Z') {
                key[i] = (char) (key[i] + ('a' - 'A'));
            }
        }
        return new String(key);
    }
}
