package org.repdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.Member;
import org.repdesk.model.Problems;

/**
 * Imports absences from a CSV file: the employer's absence printout typed up, one spell a row.
 * All or nothing: a file with any bad row imports no absence, and every bad row is named by its
 * line (1 is the header). Read through {@link CsvRecords}, as {@link MemberImport} reads members.
 */
public final class AbsenceImport {

    /** The header names RepDesk reads, in the order it writes them. */
    public static final List<String> COLUMNS = List.of("membership_number", "first_day", "last_day", "hours",
            "reason", "disability_related", "pregnancy_related", "work_related", "fit_note");
    static final List<String> REQUIRED = List.of("membership_number", "first_day");

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(\\.\\d+)?|\\.\\d+");

    /** Something wrong with the file, at a physical line. */
    public record Problem(long line, String reason) {
        public String describe() {
            return Messages.text("absence.import.line", Map.of("line", line, "reason", reason));
        }
    }

    /** How an import ended: how many absences were added, or why none were. */
    public record Result(int imported, List<Problem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private record Row(long line, String number, Absence absence) {
    }

    private final AbsenceService service;

    AbsenceImport(AbsenceService service) {
        this.service = service;
    }

    public Result importFile(Path csv) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            return importFrom(in);
        }
    }

    /**
     * Reads the whole file, then checks members, patterns and overlaps (with the file's other rows
     * and what is already recorded) and adds everything in one transaction, or nothing.
     */
    public Result importFrom(InputStream in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = read(in, problems);
        return service.database().write(c -> {
            Map<String, Optional<Member>> byNumber = new HashMap<>();
            Map<UUID, List<Absence>> known = new HashMap<>();
            List<Absence> added = new ArrayList<>();
            for (Row row : rows) {
                Optional<Member> member = byNumber.computeIfAbsent(row.number().toLowerCase(Locale.ROOT),
                        k -> service.memberByNumber(row.number()));
                if (member.isEmpty()) {
                    problems.add(new Problem(row.line(), Messages.text("absence.problem.unknownMember",
                            Map.of("number", row.number()))));
                    continue;
                }
                Absence a = new Absence(row.absence().id(), member.get().id(), row.absence().firstDay(),
                        row.absence().lastDay(), row.absence().hours(), row.absence().reason(),
                        row.absence().disabilityRelated(), row.absence().pregnancyRelated(), row.absence().workRelated(),
                        row.absence().fitNote());
                List<Absence> others = known.computeIfAbsent(a.memberId(), m -> new ArrayList<>(service.ofMember(m)));
                List<String> wrong = service.problemsOf(a, a.id(), others);
                if (wrong.isEmpty()) {
                    others.add(a);
                    added.add(a);
                } else {
                    wrong.forEach(w -> problems.add(new Problem(row.line(), w)));
                }
            }
            if (!problems.isEmpty()) {
                problems.sort((x, y) -> Long.compare(x.line(), y.line()));
                return new Result(0, List.copyOf(problems));
            }
            service.insertImported(added);
            return new Result(added.size(), List.of());
        });
    }

    private static List<Row> read(InputStream in, List<Problem> problems) throws IOException {
        List<Row> rows = new ArrayList<>();
        // The header's columns, once read (a one-element holder: the records are taken by a lambda).
        List<Map<String, Integer>> columns = new ArrayList<>(1);
        int[] headerSize = {0};
        CsvRecords.Ending ending = CsvRecords.read(in, (line, values) -> {
            if (columns.isEmpty()) {
                Map<String, Integer> read = header(line, values, problems);
                if (read == null) {
                    return false;
                }
                columns.add(read);
                headerSize[0] = values.size();
            } else if (values.stream().anyMatch(v -> !v.isBlank())) {
                if (values.size() != headerSize[0]) {
                    problems.add(new Problem(line, Messages.text("absence.import.width",
                            Map.of("n", values.size(), "header", headerSize[0]))));
                } else {
                    row(line, values, columns.get(0), problems).ifPresent(rows::add);
                }
            }
            return true;
        }, (line, reason) -> problems.add(new Problem(line, reason)));
        if (ending == CsvRecords.Ending.READ_TO_THE_END && columns.isEmpty()) {
            problems.add(new Problem(1, Messages.text("absence.import.empty", Map.of("columns", String.join(", ", COLUMNS)))));
        }
        return rows;
    }

    private static Map<String, Integer> header(long line, List<String> names, List<Problem> problems) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) || index.putIfAbsent(name, i) != null) {
                unknown.add("\"" + names.get(i).strip() + "\"");
            }
        }
        List<String> missing = REQUIRED.stream().filter(r -> !index.containsKey(r)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            problems.add(new Problem(line, Messages.text("absence.import.header", Map.of("columns",
                    String.join(", ", COLUMNS), "wrong", String.join(", ", unknown), "missing",
                    String.join(", ", missing)))));
            return null;
        }
        return index;
    }

    private static Optional<Row> row(long line, List<String> values, Map<String, Integer> columns,
            List<Problem> problems) {
        List<String> reasons = new ArrayList<>();
        String number = value(values, columns, "membership_number");
        if (number == null) {
            reasons.add(Messages.text("absence.problem.numberRequired"));
        }
        LocalDate first = date(value(values, columns, "first_day"), "first_day", reasons);
        String lastText = value(values, columns, "last_day");
        LocalDate last = lastText == null ? first : date(lastText, "last_day", reasons);
        Double hours = null;
        String hoursText = value(values, columns, "hours");
        if (hoursText != null) {
            if (NUMBER.matcher(hoursText).matches()) {
                hours = Double.valueOf(hoursText);
            } else {
                reasons.add(Messages.text("absence.problem.hoursNotNumber", Map.of("text", hoursText)));
            }
        }
        AbsenceReason reason = AbsenceReason.OTHER;
        String reasonText = value(values, columns, "reason");
        if (reasonText != null) {
            Optional<AbsenceReason> parsed = AbsenceReason.parse(reasonText);
            if (parsed.isEmpty()) {
                reasons.add(unknownReason(reasonText));
            } else {
                reason = parsed.get();
            }
        }
        boolean disability = yesNo(values, columns, "disability_related", reasons);
        boolean pregnancy = yesNo(values, columns, "pregnancy_related", reasons);
        boolean work = yesNo(values, columns, "work_related", reasons);
        boolean fitNote = yesNo(values, columns, "fit_note", reasons);
        if (first == null && value(values, columns, "first_day") == null) {
            reasons.add(Messages.text("absence.problem.firstDayRequired"));
        }
        if (!reasons.isEmpty()) {
            reasons.forEach(r -> problems.add(new Problem(line, r)));
            return Optional.empty();
        }
        return Optional.of(new Row(line, number, Absence.of(null, first, last, hours, reason, disability, pregnancy,
                work, fitNote)));
    }

    /** The one-line refusal of a reason RepDesk does not know, listing the ones it does. */
    public static String unknownReason(String text) {
        return Messages.text("absence.problem.unknownReason", Map.of("text", text, "reasons",
                String.join(", ", java.util.Arrays.stream(AbsenceReason.values()).map(AbsenceReason::label).toList())));
    }

    private static LocalDate date(String text, String column, List<String> reasons) {
        if (text == null) {
            return null;
        }
        Optional<LocalDate> d = Absence.parseDate(text);
        if (d.isEmpty()) {
            reasons.add(Messages.text("absence.problem.badDate", Map.of("column", column, "text", text)));
        }
        return d.orElse(null);
    }

    private static boolean yesNo(List<String> values, Map<String, Integer> columns, String column, List<String> reasons) {
        String text = value(values, columns, column);
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "ie", "oes" -> {
                return true;
            }
            case "no", "n", "false", "0", "na", "nac oes" -> { // not for reps: answers read from a file, in both languages
                return false;
            }
            default -> {
                reasons.add(Messages.text("absence.problem.yesNo", Map.of("column", column, "text", text)));
                return false;
            }
        }
    }

    private static String value(List<String> values, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null ? null : Problems.tidy(values.get(i));
    }
}
