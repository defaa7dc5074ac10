package org.repdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.AttendanceTriggers;
import org.repdesk.model.Member;
import org.repdesk.model.WorkingPattern;
import org.repdesk.service.AbsenceImport;
import org.repdesk.service.AbsenceService;
import org.repdesk.service.RepDesk;

/**
 * {@code absence add|list|import|pattern|triggers}: a member's sickness-absence record and whether
 * it reaches the attendance policy's trigger. Dates are ISO (2027-01-04) or dd/mm/yyyy.
 */
final class AbsenceCommand implements Command {

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "add", Set.of("--from", "--to", "--hours", "--reason"),
            "list", Set.of("--format"),
            "import", Set.of(),
            "pattern", Set.of("--days", "--hours-per-week"),
            "triggers", Set.of("--on", "--warning-on", "--format"));
    private static final Set<String> ADD_FLAGS = Set.of("--disability-related", "--pregnancy-related", "--work-related",
            "--fit-note");

    @Override
    public String name() {
        return "absence";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] absence add MEMBERSHIP_NO --from DATE [--to DATE] [--hours H] [--reason R]"
                + " [--disability-related] [--pregnancy-related] [--work-related] [--fit-note]\n"
                + "  repdesk [--db FILE] absence list MEMBERSHIP_NO [--format csv|json]\n"
                + "  repdesk [--db FILE] absence import FILE.csv\n"
                + "  repdesk [--db FILE] absence pattern MEMBERSHIP_NO --days Mon,Tue,Wed,Thu,Fri [--hours-per-week H]\n"
                + "  repdesk [--db FILE] absence triggers MEMBERSHIP_NO [--on DATE] [--warning-on DATE]"
                + " [--format text|json]";
    }

    @Override
    public Set<String> options() {
        Set<String> all = new java.util.HashSet<>();
        OPTIONS.values().forEach(all::addAll);
        return all;
    }

    @Override
    public Set<String> flags() {
        return ADD_FLAGS;
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        if (args.words().isEmpty()) {
            throw args.wrong(Messages.text("absence.cli.what"));
        }
        String sub = args.words().get(0);
        Set<String> allowed = OPTIONS.get(sub);
        if (allowed == null) {
            throw args.wrong(Messages.text("absence.cli.unknownSub", Map.of("sub", sub)));
        }
        for (String given : args.givenOptions()) {
            if (!allowed.contains(given)) {
                throw args.wrong(Messages.text("absence.cli.notFor", Map.of("option", given, "sub", sub)));
            }
        }
        if (!sub.equals("add") && !args.givenFlags().isEmpty()) {
            throw args.wrong(Messages.text("absence.cli.notFor", Map.of("option",
                    args.givenFlags().iterator().next(), "sub", sub)));
        }
        return switch (sub) {
            case "add" -> add(call);
            case "list" -> list(call);
            case "import" -> importFile(call);
            case "pattern" -> pattern(call);
            default -> triggers(call);
        };
    }

    private int add(Call call) {
        Args args = call.args();
        String number = args.words(2, Messages.text("absence.cli.membershipNo")).get(1);
        LocalDate from = date(args, "--from", true);
        LocalDate to = Optional.ofNullable(date(args, "--to", false)).orElse(from);
        Double hours = args.decimal("--hours", false, 0, 24);
        if (hours != null && !to.equals(from)) {
            throw args.wrong(Messages.text("absence.problem.hoursOnlyOneDay"));
        }
        AbsenceReason reason = args.option("--reason").map(r -> AbsenceReason.parse(r)
                .orElseThrow(() -> new CommandFailure(AbsenceImport.unknownReason(r)))).orElse(AbsenceReason.OTHER);
        Absence draft = Absence.of(null, from, to, hours, reason, args.flag("--disability-related"),
                args.flag("--pregnancy-related"), args.flag("--work-related"), args.flag("--fit-note"));
        List<String> wrong = draft.problems(null);
        if (!wrong.isEmpty()) {
            throw new CommandFailure(wrong.get(0));
        }
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDesk()) {
            Member member = member(desk, number);
            AbsenceService service = desk.absences();
            Absence saved = service.add(new Absence(draft.id(), member.id(), from, to, hours, reason,
                    draft.disabilityRelated(), draft.pregnancyRelated(), draft.workRelated(), draft.fitNote()));
            double days = service.calculator().daysLost(saved, service.pattern(member.id()));
            call.out().println(Messages.text("absence.cli.added", Map.of("number", member.membershipNumber(),
                    "first", saved.firstDay().toString(), "last", saved.lastDay().toString(),
                    "reason", saved.reason().label(), "days", days)));
            if (saved.countsAsPregnancyRelated()) {
                call.out().println(Messages.text("absence.cli.neverCounts"));
            }
        }
        return 0;
    }

    private int list(Call call) throws IOException {
        Args args = call.args();
        String number = args.words(2, Messages.text("absence.cli.membershipNo")).get(1);
        String format = format(args, "text", "text", "csv", "json");
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDesk()) {
            Member member = member(desk, number);
            AbsenceService service = desk.absences();
            WorkingPattern pattern = service.pattern(member.id());
            List<Absence> list = service.ofMember(member.id());
            switch (format) {
                case "json" -> {
                    ArrayNode array = Json.MAPPER.createArrayNode();
                    for (Absence a : list) {
                        ObjectNode o = row(a, member);
                        o.put("days_lost", service.calculator().daysLost(a, pattern));
                        array.add(o);
                    }
                    call.out().println(Json.MAPPER.writeValueAsString(array));
                }
                case "csv" -> {
                    CsvMapper csv = new CsvMapper();
                    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                    AbsenceImport.COLUMNS.forEach(schema::addColumn);
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (Absence a : list) {
                        Map<String, Object> r = new LinkedHashMap<>();
                        row(a, member).fields().forEachRemaining(e -> r.put(e.getKey(), e.getValue().isNull() ? null
                                : e.getValue().isBoolean() ? (e.getValue().booleanValue() ? "yes" : "no")
                                : e.getValue().asText()));
                        rows.add(r);
                    }
                    call.out().print(csv.writer(schema.build()).writeValueAsString(rows));
                }
                default -> {
                    for (Absence a : list) {
                        call.out().println(Messages.text("absence.cli.listLine", Map.of("first", a.firstDay().toString(),
                                "last", a.lastDay().toString(), "days", service.calculator().daysLost(a, pattern),
                                "reason", a.reason().label(), "flags", flags(a))));
                    }
                    call.out().println(Messages.text("absence.cli.count", Map.of("n", list.size())));
                }
            }
        }
        return 0;
    }

    private static String flags(Absence a) {
        List<String> f = new ArrayList<>();
        if (a.isPartDay()) {
            f.add(Messages.text("absence.cli.hours", Map.of("hours", a.hours())));
        }
        if (a.countsAsDisabilityRelated()) {
            f.add(Messages.text("absence.field.disabilityRelated"));
        }
        if (a.countsAsPregnancyRelated()) {
            f.add(Messages.text("absence.field.pregnancyRelated"));
        }
        if (a.countsAsWorkRelated()) {
            f.add(Messages.text("absence.field.workRelated"));
        }
        if (a.fitNote()) {
            f.add(Messages.text("absence.field.fitNote"));
        }
        return String.join(", ", f);
    }

    private static ObjectNode row(Absence a, Member member) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("membership_number", member.membershipNumber());
        o.put("first_day", a.firstDay().toString());
        o.put("last_day", a.lastDay().toString());
        if (a.hours() == null) {
            o.putNull("hours");
        } else {
            o.put("hours", a.hours());
        }
        o.put("reason", a.reason().name());
        o.put("disability_related", a.disabilityRelated());
        o.put("pregnancy_related", a.pregnancyRelated());
        o.put("work_related", a.workRelated());
        o.put("fit_note", a.fitNote());
        return o;
    }

    private int importFile(Call call) throws IOException {
        Path csv = Path.of(call.args().words(2, Messages.text("absence.cli.file")).get(1));
        if (!Files.isRegularFile(csv)) {
            throw new CommandFailure(Messages.text("absence.cli.noFile", Map.of("file", csv.toString())));
        }
        DataFiles.requireExisting(call.dataFile());
        AbsenceImport.Result result;
        try (RepDesk desk = call.openDesk()) {
            result = desk.absences().importer().importFile(csv);
        }
        if (!result.succeeded()) {
            call.err().println("repdesk: " + Messages.text("absence.cli.importFailed", Map.of("file", csv.toString(),
                    "n", result.problems().size())));
            result.problems().forEach(p -> call.err().println("  " + p.describe()));
            return 1;
        }
        call.out().println(Messages.text("absence.cli.imported", Map.of("n", result.imported(), "file", csv.toString())));
        return 0;
    }

    private int pattern(Call call) {
        Args args = call.args();
        String number = args.words(2, Messages.text("absence.cli.membershipNo")).get(1);
        Set<DayOfWeek> days = days(args, args.required("--days"));
        Double hours = args.decimal("--hours-per-week", false, 0.5, 60);
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDesk()) {
            Member member = member(desk, number);
            AbsenceService service = desk.absences();
            WorkingPattern before = service.pattern(member.id());
            double perWeek = hours != null ? hours : service.hasOwnPattern(member.id()) ? before.hoursPerWeek()
                    : member.contractedHours() != null ? member.contractedHours()
                    : desk.settings().attendance().fullTimeHours() * days.size() / 5;
            WorkingPattern saved = service.savePattern(new WorkingPattern(member.id(), days, perWeek, before.warningOn()));
            call.out().println(Messages.text("absence.cli.patternSaved", Map.of("number", member.membershipNumber(),
                    "days", org.repdesk.report.AttendanceWords.dayNames(saved.days()), "hours", saved.hoursPerWeek(), "perDay",
                    Math.round(saved.hoursPerDay() * 100) / 100.0)));
        }
        return 0;
    }

    private int triggers(Call call) throws IOException {
        Args args = call.args();
        String number = args.words(2, Messages.text("absence.cli.membershipNo")).get(1);
        LocalDate on = date(args, "--on", false);
        Optional<LocalDate> warning = Optional.ofNullable(date(args, "--warning-on", false));
        String format = format(args, "text", "text", "json");
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDesk()) {
            Member member = member(desk, number);
            AbsenceService service = desk.absences();
            AttendanceTriggers.Result r = service.triggers(member.id(), on != null ? on : service.today(), warning);
            if (format.equals("json")) {
                call.out().println(Json.MAPPER.writeValueAsString(TriggersJson.of(r)));
            } else {
                call.out().print(TriggersJson.text(member, r));
            }
        }
        return 0;
    }

    /**
     * Made the first time an absence command writes JSON, not when the command line lists its commands:
     * every command (a brief, an export) otherwise loaded Jackson's ~300 classes at start for it.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static Member member(RepDesk desk, String number) {
        return desk.members().byMembershipNumber(number).orElseThrow(() -> new CommandFailure(
                Messages.text("absence.problem.unknownMember", Map.of("number", number))));
    }

    private static LocalDate date(Args args, String option, boolean required) {
        String text = required ? args.required(option) : args.option(option).orElse(null);
        if (text == null) {
            return null;
        }
        return Absence.parseDate(text).orElseThrow(() -> args.wrong(Messages.text("absence.cli.badDate",
                Map.of("option", option, "text", text))));
    }

    private static String format(Args args, String fallback, String... allowed) {
        String f = args.option("--format").orElse(fallback).toLowerCase(Locale.ROOT);
        if (!List.of(allowed).contains(f)) {
            throw args.wrong(Messages.text("absence.cli.badFormat", Map.of("text", f, "allowed",
                    String.join("|", allowed))));
        }
        return f;
    }

    /** "Mon,Tue,Wed" (or full names, any case) as weekdays; a usage error names the one not understood. */
    static Set<DayOfWeek> days(Args args, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            DayOfWeek found = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                String full = d.name().toLowerCase(Locale.ROOT);
                if (p.length() >= 2 && full.startsWith(p)) {
                    found = d;
                }
            }
            if (found == null) {
                throw args.wrong(Messages.text("absence.cli.badDay", Map.of("text", part.strip())));
            }
            days.add(found);
        }
        return days;
    }
}
