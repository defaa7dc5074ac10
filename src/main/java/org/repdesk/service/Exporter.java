package org.repdesk.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Demand;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.Labelled;
import org.repdesk.model.Member;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.SpreadsheetFormula;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.DemandService.DemandSummary;
import org.repdesk.store.FiguresNotCopied;

/**
 * Writes members, cases or the demands log to a spreadsheet (.xlsx, typed cells), CSV (UTF-8 with
 * BOM so spreadsheets read accents right; RFC 4180, every text cell quoted, formulas neutralised) or JSON. Member CSV uses the importer's columns and labels, so an export imports
 * back as it was. The file appears whole or not at all, readable by its owner only (it holds special
 * category data; the demands export carries case counts only, but goes the same careful way).
 */
public final class Exporter {

    /** The file formats on offer. */
    public enum Format {
        /** For people: a spreadsheet with typed cells, offered first. */
        XLSX,
        /** For other programs (and spreadsheets told to keep quoted fields as text). */
        CSV,
        JSON;

        /** "xlsx", "csv" or "json", any case. */
        public static Optional<Format> parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** One member as exported; the names are {@link MemberImport#COLUMNS}. */
    @JsonPropertyOrder({"membership_number", "name", "union", "grade", "team", "office", "region", "email", "phone",
        "contracted_hours"})
    public record MemberRow(
            String membershipNumber,
            String name,
            String union,
            String grade,
            String team,
            String office,
            String region,
            String email,
            String phone,
            BigDecimal contractedHours) {

        static MemberRow of(Member m) {
            return new MemberRow(m.membershipNumber(), m.name(), label(m.union()), label(m.grade()), m.team(),
                    m.office(), label(m.region()), m.email(), m.phone(), plain(m.contractedHours()));
        }
    }

    /** One case as exported, with its member's number and name and its next open deadline. */
    @JsonPropertyOrder({"reference", "membership_number", "member_name", "type", "status", "stage", "opened_on",
        "closed_on", "manager", "outcome", "workload_factor", "workload_account", "next_deadline"})
    public record CaseRow(
            String reference,
            String membershipNumber,
            String memberName,
            String type,
            String status,
            String stage,
            LocalDate openedOn,
            LocalDate closedOn,
            String manager,
            String outcome,
            String workloadFactor,
            String workloadAccount,
            LocalDate nextDeadline) {
    }

    /**
     * One demand as a spreadsheet row: where it stands, when the employer last answered, and the
     * evidence behind it (counts only, never a member's identity).
     */
    @JsonPropertyOrder({"title", "kind", "status", "priority", "raised_on", "raised_by", "last_response_on",
        "promise_overdue", "linked_cases", "open_cases", "closed_cases", "evidence_rule"})
    public record DemandRow(
            String title,
            String kind,
            String status,
            String priority,
            LocalDate raisedOn,
            String raisedBy,
            LocalDate lastResponseOn,
            boolean promiseOverdue,
            int linkedCases,
            int openCases,
            int closedCases,
            String evidenceRule) {
    }

    /** One dated change of a demand's status, as the JSON export records it. */
    @JsonPropertyOrder({"changed_on", "from", "to", "note"})
    public record StatusChangeRecord(
            LocalDate changedOn,
            String from,
            String to,
            String note) {
    }

    /** One dated employer response, as the JSON export records it. */
    @JsonPropertyOrder({"responded_on", "said", "by", "channel", "meeting", "new_status", "promised_by",
        "promise_kept", "promise_overdue"})
    public record ResponseRecord(
            LocalDate respondedOn,
            String said,
            String by,
            String channel,
            String meeting,
            String newStatus,
            LocalDate promisedBy,
            boolean promiseKept,
            boolean promiseOverdue) {
    }

    /** A negotiation meeting at which the demand was discussed. */
    @JsonPropertyOrder({"held_on", "title"})
    public record MeetingRecord(LocalDate heldOn, String title) {
    }

    /**
     * One demand as the JSON export records it: the row's fields, the full text, the evidence by type
     * and region, and its whole dated history, responses and meetings (a reviewable record).
     */
    @JsonPropertyOrder({"title", "text", "kind", "status", "priority", "raised_on", "raised_by", "last_response_on",
        "promise_overdue", "linked_cases", "open_cases", "closed_cases", "evidence_rule", "cases_by_type",
        "cases_by_region", "status_history", "responses", "meetings"})
    public record DemandRecord(
            String title,
            String text,
            String kind,
            String status,
            String priority,
            LocalDate raisedOn,
            String raisedBy,
            LocalDate lastResponseOn,
            boolean promiseOverdue,
            int linkedCases,
            int openCases,
            int closedCases,
            String evidenceRule,
            Map<String, Integer> casesByType,
            Map<String, Integer> casesByRegion,
            List<StatusChangeRecord> statusHistory,
            List<ResponseRecord> responses,
            List<MeetingRecord> meetings) {
    }

    /**
     * Jackson's writers, made on first use: a cases CSV from a data file is written from SQLite's
     * lines and never loads them (some 370 classes).
     */
    private static final class Mappers {
        private static final JsonMapper JSON = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE) // record fields become snake_case columns
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        private static final CsvMapper CSV = CsvMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE) // record fields become snake_case columns
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("spreadsheet-safe text").addSerializer(String.class, new SafeText())) // not for reps
                // Every text cell in quotes (RFC 4180), numbers bare: a reader told to keep quoted fields as
                // text keeps "007123" and "+447700900123" as they are.
                .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();

        private Mappers() {
        }
    }

    private static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    /**
     * The one place every CSV text cell passes through: a cell a spreadsheet would run as a formula
     * gets OWASP's leading single quote ({@link SpreadsheetFormula}). JSON is for programs and keeps the text.
     */
    private static final class SafeText extends StdSerializer<String> {
        SafeText() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(SpreadsheetFormula.neutralised(value));
        }
    }

    private final RepDesk desk;

    public Exporter(RepDesk desk) {
        this.desk = desk;
    }

    /** Writes every member, ordered by name; returns how many. */
    public int exportMembers(Format format, Path out) throws IOException {
        refuseTheDataFilesOwn(out);
        if (format == Format.CSV && desk.members().copiesCsvRows()) {
            try {
                return copyCsvRows(MemberRow.class, out, desk.members()::copyCsvRowsForExport);
            } catch (FiguresNotCopied e) {
                // hours only Java writes as before (1.0E7 as 10000000): the file the Java way, below
            }
        } else if (format == Format.CSV && desk.members().makesCsvLines()) {
            return writeCsvLines(MemberRow.class, out, sink -> desk.members().forEachCsvLineForExport(sink::accept));
        }
        // Row by row as the query reads them: every member held as a list grew the heap with the branch.
        return writeEach(MemberRow.class, format, out,
                sink -> desk.members().forEachForExport(m -> sink.accept(MemberRow.of(m))));
    }

    /** One deadline or hearing as exported, by case reference (no names). */
    @JsonPropertyOrder({"reference", "due_on", "what", "hearing", "done", "overdue"})
    public record DeadlineRow(
            String reference,
            LocalDate dueOn,
            String what,
            boolean hearing,
            boolean done,
            boolean overdue) {

        static DeadlineRow of(org.repdesk.store.DeadlineStore.WithReference x, LocalDate today) {
            Deadline d = x.deadline();
            return new DeadlineRow(x.caseReference(), d.dueOn(), d.description(), d.hearing(), d.done(),
                    d.isOverdue(today));
        }
    }

    /** One weekly workload record as exported. */
    @JsonPropertyOrder({"membership_number", "member_name", "recorded_on", "capacity_percent", "workload_points",
        "contracted_hours", "reduction_hours", "cases_held", "hours_worked", "uncounted_work"})
    public record WorkloadRow(
            String membershipNumber,
            String memberName,
            LocalDate recordedOn,
            Double capacityPercent,
            Double workloadPoints,
            Double contractedHours,
            Double reductionHours,
            Integer casesHeld,
            Double hoursWorked,
            String uncountedWork) {

        static WorkloadRow of(org.repdesk.store.WorkloadStore.WithMember x) {
            WorkloadRecord w = x.record();
            return new WorkloadRow(x.membershipNumber(), x.memberName(), w.recordedOn(), w.capacityPercent(),
                    w.workloadPoints(), w.contractedHours(), w.reductionHours(), w.casesHeld(), w.hoursWorked(),
                    w.uncountedWork());
        }
    }

    /** Writes every deadline and hearing, soonest first, with its case reference; returns how many. */
    public int exportDeadlines(Format format, Path out) throws IOException {
        refuseTheDataFilesOwn(out);
        LocalDate today = desk.cases().today();
        if (format == Format.CSV && desk.cases().copiesCsvRows()) {
            return copyCsvRows(DeadlineRow.class, out, w -> desk.cases().copyDeadlineCsvRowsForExport(today, w));
        }
        if (format == Format.CSV && desk.cases().makesCsvLines()) {
            return writeCsvLines(DeadlineRow.class, out, sink -> desk.cases().forEachDeadlineCsvLineForExport(today,
                    sink::accept));
        }
        return writeEach(DeadlineRow.class, format, out,
                sink -> desk.cases().forEachDeadlineForExport(x -> sink.accept(DeadlineRow.of(x, today))));
    }

    /** Writes every workload record, by member then date; returns how many. */
    public int exportWorkload(Format format, Path out) throws IOException {
        refuseTheDataFilesOwn(out);
        if (format == Format.CSV && desk.workload().copiesCsvRows()) {
            return copyCsvRows(WorkloadRow.class, out, desk.workload()::copyCsvRowsForExport); // Java's own figures
        }
        if (format == Format.CSV && desk.cases().makesCsvLines()) {
            return writeCsvLines(WorkloadRow.class, out, sink -> desk.workload().forEachCsvLineForExport(sink::accept));
        }
        // Each record's member named by the query: holding every member to look them up took ~60 MB at 300k cases.
        return writeEach(WorkloadRow.class, format, out,
                sink -> desk.workload().forEachForExport(x -> sink.accept(WorkloadRow.of(x))));
    }

    /** Writes every case, ordered by reference, row by row as one query reads them; returns how many. */
    public int exportCases(Format format, Path out) throws IOException {
        refuseTheDataFilesOwn(out);
        if (format == Format.XLSX) {
            // Row by row into the workbook, which flushes every 1,000: the cases are never all held.
            int[] count = new int[1];
            // Each case from its cells, the engine's bytes (as the JSON's): a CaseFile read for each, with its
            // ids, codes and strings, was ~0.6 GB of the export's allocation at 300,000 cases.
            OwnerOnlyFile.write(out, stream -> count[0] = SpreadsheetFile.write(CaseRow.class, stream,
                    sink -> desk.cases().forEachCellsForExport(cells -> sink.accept(caseRow(cells)))));
            return count[0];
        }
        if (format == Format.JSON) {
            return exportCaseCells(out);
        }
        return exportCaseLines(out); // either engine makes the CSV's rows: SQLite as lines, a casebook by COPY
    }

    /**
     * The cases CSV as the database made it (the same bytes the rows written through Jackson give:
     * CaseExportAtScaleTest, CasebookCaseExportTest), in 64 KiB writes: a casebook's server streams
     * the rows (binary COPY, made into lines in the store); SQLite's lines are read on one thread and written
     * on this one.
     */
    private int exportCaseLines(Path out) throws IOException {
        if (desk.cases().copiesCsvRows()) {
            return copyCsvRows(CaseRow.class, out, desk.cases()::copyCsvRowsForExport);
        }
        return writeCsvLines(CaseRow.class, out, sink -> desk.cases().forEachCsvLineForExport(sink::accept));
    }

    /** Writes a CSV's rows, each ended by CRLF, to a stream; returns how many. */
    @FunctionalInterface
    private interface RowCopy {
        int copyTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * A CSV whose rows come from a casebook's COPY (the server's CSV for members, its binary rows made into
     * lines here for cases, deadlines and workload), streamed into the file as they come after the header
     * of {@code type}'s columns, in 64 KiB writes; nothing left when it fails.
     */
    private static int copyCsvRows(Class<?> type, Path out, RowCopy rows) throws IOException {
        int[] count = new int[1];
        OwnerOnlyFile.write(out, stream -> {
            BufferedOutputStream w = new BufferedOutputStream(stream, 1 << 16);
            w.write(headerLine(type));
            count[0] = rows.copyTo(w);
            w.flush(); // OwnerOnlyFile forces the bytes to disk and closes the stream
        });
        return count[0];
    }

    /**
     * The BOM (Excel reads UTF-8 only when the file says so), then {@code type}'s columns as its
     * annotation orders them (the names {@link #csvHeader} reads through Jackson's schema, unbuilt).
     */
    private static byte[] headerLine(Class<?> type) {
        return (BOM + String.join(",", type.getAnnotation(JsonPropertyOrder.class).value()) + CRLF)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A CSV of finished lines (the deadlines' and workload's as well as the cases'): the header of
     * {@code type}'s columns, then each line as read, on one thread, written on this one.
     */
    private static int writeCsvLines(Class<?> type, Path out, Overlapped.Producer<byte[]> lines) throws IOException {
        int[] count = new int[1];
        byte[] crlf = CRLF.getBytes(StandardCharsets.US_ASCII);
        OwnerOnlyFile.write(out, stream -> {
            BufferedOutputStream w = new BufferedOutputStream(stream, 1 << 16);
            w.write(headerLine(type));
            count[0] = Overlapped.<byte[]>run("repdesk-export-reader", lines,
                    line -> {
                        w.write(line);
                        w.write(crlf);
                    });
            w.flush(); // OwnerOnlyFile forces the bytes to disk and closes the stream
        });
        return count[0];
    }

    /**
     * The cases JSON written from each case's cells as the database's UTF-8 bytes, through Jackson's
     * generator (its escaping and its pretty printer: the bytes a CaseRow gave, CaseExportAtScaleTest),
     * read on one thread and written on this one. About 0.5 KB made per case where a CaseFile and a
     * CaseRow made ~2.8 KB: at 300,000 cases a plain {@code java -jar} grew its heap past 512 MiB for it.
     */
    private int exportCaseCells(Path out) throws IOException {
        String[] names = CaseRow.class.getAnnotation(JsonPropertyOrder.class).value();
        com.fasterxml.jackson.core.io.SerializedString[] fields = new com.fasterxml.jackson.core.io.SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = new com.fasterxml.jackson.core.io.SerializedString(names[i]);
        }
        int[] count = new int[1];
        OwnerOnlyFile.write(out, stream -> {
            BufferedOutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
            // The mapper's generator: INDENT_OUTPUT's pretty printer, as its writer used. The temp file is
            // forced to disk and closed by OwnerOnlyFile, not by Jackson.
            try (JsonGenerator g = Mappers.JSON.createGenerator(buffered, com.fasterxml.jackson.core.JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartArray();
                count[0] = Overlapped.<byte[][]>run("repdesk-export-reader", sink -> desk.cases().forEachCellsForExport(
                        sink::accept), cells -> {
                            g.writeStartObject();
                            for (int i = 0; i < cells.length; i++) {
                                g.writeFieldName(fields[i]);
                                byte[] cell = cells[i];
                                if (cell == null) {
                                    g.writeNull();
                                } else {
                                    g.writeUTF8String(cell, 0, cell.length);
                                }
                            }
                            g.writeEndObject();
                        });
                g.writeEndArray();
            }
            buffered.flush();
        });
        return count[0];
    }

    /**
     * Writes every demand in the log's order (kind, then date raised); JSON adds each demand's full
     * text, status history, responses and meetings. Returns how many demands.
     */
    public int exportDemands(Format format, Path out) throws IOException {
        refuseTheDataFilesOwn(out);
        List<DemandSummary> summaries = desk.demands().summaries();
        Map<UUID, EvidenceCounts> evidence = desk.demands().evidenceCounts(summaries.stream()
                .map(s -> s.demand().id()).toList());
        if (format != Format.JSON) {
            List<DemandRow> rows = summaries.stream().map(s -> demandRow(s, evidence.get(s.demand().id()))).toList();
            write(rows, DemandRow.class, format, out);
        } else {
            LocalDate today = desk.cases().today();
            Map<UUID, String> meetingTitles = desk.demands().meetings().stream()
                    .collect(Collectors.toMap(NegotiationMeeting::id, NegotiationMeeting::title));
            List<DemandRecord> records = summaries.stream().map(s -> demandRecord(s, evidence.get(s.demand().id()),
                    today, meetingTitles)).toList();
            write(records, DemandRecord.class, format, out);
        }
        return summaries.size();
    }

    private static DemandRow demandRow(DemandSummary s, EvidenceCounts counts) {
        Demand d = s.demand();
        return new DemandRow(d.title(), label(d.kind()), label(d.status()), label(d.priority()), d.raisedOn(),
                d.raisedBy(), s.lastResponseOn(), s.promiseOverdue(), counts.total(), counts.open(), counts.closed(),
                evidenceRule(d));
    }

    private DemandRecord demandRecord(DemandSummary s, EvidenceCounts counts, LocalDate today,
            Map<UUID, String> meetingTitles) {
        Demand d = s.demand();
        DemandService demands = desk.demands();
        List<StatusChangeRecord> history = demands.history(d.id()).stream()
                .map(ch -> new StatusChangeRecord(ch.changedOn(), label(ch.from()), label(ch.to()), ch.note()))
                .toList();
        List<ResponseRecord> responses = demands.responses(d.id()).stream()
                .map(r -> new ResponseRecord(r.respondedOn(), r.said(), r.by(), label(r.channel()),
                        r.meetingId() == null ? null : meetingTitles.get(r.meetingId()), label(r.newStatus()),
                        r.promisedBy(), r.promiseKept(), r.isPromiseOverdue(today)))
                .toList();
        List<MeetingRecord> meetings = demands.meetingsOf(d.id()).stream()
                .map(m -> new MeetingRecord(m.heldOn(), m.title())).toList();
        return new DemandRecord(d.title(), d.text(), label(d.kind()), label(d.status()), label(d.priority()),
                d.raisedOn(), d.raisedBy(), s.lastResponseOn(), s.promiseOverdue(), counts.total(), counts.open(),
                counts.closed(), evidenceRule(d), labelled(counts.byType()), labelled(counts.byRegion()), history,
                responses, meetings);
    }

    /**
     * An export is moved into place over {@code out}: were that the open data file (a name picked in
     * the app's save dialog), or its -wal, -shm, lock file or backups, the rep's casework would be
     * replaced by a spreadsheet. The command line refuses these too, before opening the file.
     */
    private void refuseTheDataFilesOwn(Path out) throws IOException {
        if (desk.dataFile() == null) {
            return; // a branch casebook: its data lives on the server, there is no file here to guard
        }
        Path d = desk.dataFile().toAbsolutePath().normalize();
        Path f = out.toAbsolutePath().normalize();
        boolean own = f.startsWith(d.resolveSibling("backups"));
        for (String suffix : List.of("", "-wal", "-shm", "-journal", ".lock")) {
            own |= f.equals(d.resolveSibling(d.getFileName() + suffix));
        }
        if (own || java.nio.file.Files.exists(f) && java.nio.file.Files.isSameFile(f, d)) {
            throw new IOException(org.repdesk.i18n.Messages.text("export.out.dataFilesApp", Map.of("out", f.toString())));
        }
    }

    /** The demand's evidence rule in words, e.g. "Capability cases where workload is a factor"; null when none. */
    static String evidenceRule(Demand d) {
        if (d.evidenceCaseType() == null) {
            return null;
        }
        return org.repdesk.i18n.Messages.text(d.evidenceNeedsWorkloadFactor() ? "demand.evidenceRuleWorkload"
                : "demand.evidenceRule", Map.of("type", d.evidenceCaseType().label(org.repdesk.i18n.Messages.language()),
                        "typeInSentence", d.evidenceCaseType().inSentence(org.repdesk.i18n.Messages.language())));
    }

    /** Enum keys as the rep reads them, in the enum's order. */
    private static <E extends Enum<E> & Labelled> Map<String, Integer> labelled(Map<E, Integer> counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> map.put(e.getKey().label(), e.getValue()));
        return map;
    }

    /** A case's row from its {@code CaseStore.EXPORT_CELLS} cells, in the row's order, as the JSON writes them. */
    static CaseRow caseRow(byte[][] cells) {
        return new CaseRow(text(cells[0]), text(cells[1]), text(cells[2]), text(cells[3]), text(cells[4]),
                text(cells[5]), day(cells[6]), day(cells[7]), text(cells[8]), text(cells[9]), text(cells[10]),
                text(cells[11]), day(cells[12]));
    }

    private static String text(byte[] cell) {
        return cell == null ? null : new String(cell, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A date cell: yyyy-MM-dd as the store checked it (LocalDate's own text for any other year). */
    private static LocalDate day(byte[] cell) {
        if (cell == null) {
            return null;
        }
        if (cell.length != 10) {
            return LocalDate.parse(text(cell));
        }
        return LocalDate.of(number(cell, 0, 4), number(cell, 5, 7), number(cell, 8, 10));
    }

    private static int number(byte[] cell, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (cell[i] - '0');
        }
        return n;
    }

    static <T extends Record> void write(List<T> rows, Class<T> type, Format format, Path out) throws IOException {
        if (format == Format.XLSX) {
            OwnerOnlyFile.write(out, stream -> SpreadsheetFile.write(rows, type, stream));
            return;
        }
        ObjectWriter writer = format == Format.CSV
                ? Mappers.CSV.writer(csvSchema(type))
                : Mappers.JSON.writerFor(Mappers.JSON.getTypeFactory().constructCollectionType(List.class, type));
        writeWhole(out, w -> {
            if (format == Format.CSV) {
                w.write(BOM); // Excel reads UTF-8 only when the file says so
                w.write(csvHeader(type));
            }
            // The temp file is forced to disk and closed below, not by Jackson.
            writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(w, rows);
        });
    }

    /**
     * {@link #write} for rows handed over one at a time as a query reads them, so the file's size
     * is not the heap's; the same bytes as writing the list. Returns how many rows.
     */
    static <T extends Record> int writeEach(Class<T> type, Format format, Path out, SpreadsheetFile.RowSource<T> rows)
            throws IOException {
        int[] count = new int[1];
        if (format == Format.XLSX) {
            OwnerOnlyFile.write(out, stream -> count[0] = SpreadsheetFile.write(type, stream, rows));
            return count[0];
        }
        ObjectWriter writer = (format == Format.CSV ? Mappers.CSV.writerFor(type).with(csvSchema(type))
                : Mappers.JSON.writerFor(type)).without(StreamWriteFeature.AUTO_CLOSE_TARGET);
        writeWhole(out, w -> {
            if (format == Format.CSV) {
                w.write(BOM); // Excel reads UTF-8 only when the file says so
                w.write(csvHeader(type));
            }
            try (SequenceWriter seq = format == Format.CSV ? writer.writeValues(w) : writer.writeValuesAsArray(w)) {
                rows.each(row -> {
                    seq.write(row);
                    count[0]++;
                });
            }
        });
        return count[0];
    }

    private static CsvSchema csvSchema(Class<?> type) {
        return Mappers.CSV.schemaFor(type).withoutHeader().withLineSeparator(CRLF);
    }

    /**
     * The header line, bare: fixed snake_case names need no quotes, and programs reading RepDesk's
     * CSV match them as written. (ALWAYS_QUOTE_STRINGS would quote a header Jackson writes.)
     */
    private static String csvHeader(Class<?> type) {
        CsvSchema schema = Mappers.CSV.schemaFor(type);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < schema.size(); i++) {
            names.add(schema.columnName(i));
        }
        return String.join(",", names) + CRLF;
    }

    @FunctionalInterface
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /**
     * Writes a temp file beside {@code out}, forces it to disk and moves it into place, so a
     * failed export never leaves half a file (and never clobbers the previous one).
     */
    static void writeWhole(Path out, Content content) throws IOException {
        OwnerOnlyFile.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush(); // OwnerOnlyFile forces the bytes to disk and closes the stream
        });
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    /** 37.0 → 37, 22.5 → 22.5: what a rep would type, and what the importer reads. */
    private static BigDecimal plain(Double d) {
        if (d == null) {
            return null;
        }
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
