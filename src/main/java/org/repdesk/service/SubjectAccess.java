package org.repdesk.service;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Demand;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;

/**
 * A subject access request (UK GDPR art. 15): everything RepDesk holds about one member, gathered
 * in one place so the rep can answer within the month in a common electronic format (JSON) and in
 * a readable one (the PDF, rendered by the report layer).
 */
public final class SubjectAccess {

    /** A demand this member's case is evidence for. */
    public record DemandLink(String title, String kind, String status) {
    }

    /** One case with everything on it. */
    public record CaseRecord(CaseFile caseFile, List<TimelineEntry> timeline, List<Deadline> deadlines,
            List<DemandLink> evidenceFor, List<CaseDocument> documents) {
    }

    /** Everything held about one member on the day of the request. */
    public record Response(LocalDate requestedOn, String producedBy, Member member, List<CaseRecord> cases,
            List<WorkloadRecord> workloadRecords, List<AuditEntry> auditTrail,
            org.repdesk.model.WorkingPattern workingPattern,
            List<org.repdesk.model.Absence> absences) {

        /** A response without an absence record ({@code workingPattern} is null when none was recorded). */
        public Response(LocalDate requestedOn, String producedBy, Member member, List<CaseRecord> cases,
                List<WorkloadRecord> workloadRecords, List<AuditEntry> auditTrail) {
            this(requestedOn, producedBy, member, cases, workloadRecords, auditTrail, null, List.of());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final RepDesk desk;

    SubjectAccess(RepDesk desk) {
        this.desk = desk;
    }

    /**
     * Gathers everything held about the member with this membership number: the member record,
     * their cases with timelines, deadlines and demand links, their workload records, and the audit
     * trail's entries about any of these.
     *
     * @throws ValidationException when no member has that number
     */
    public Response gather(String membershipNumber) {
        Member m = desk.members().byMembershipNumber(membershipNumber == null ? null : membershipNumber.strip())
                .orElseThrow(() -> new ValidationException(List.of(Messages.text("sar.noMember",
                        Map.of("number", String.valueOf(membershipNumber))))));
        return gather(m.id());
    }

    public Response gather(UUID memberId) {
        Member m = desk.members().byId(memberId)
                .orElseThrow(() -> new ValidationException(List.of(Messages.text("sar.memberGone"))));
        List<CaseRecord> cases = desk.cases().ofMember(m.id()).stream()
                .map(c -> new CaseRecord(c, desk.cases().timeline(c.id()), desk.cases().deadlines(c.id()),
                        desk.demands().demandsEvidencedBy(c.id()).stream()
                                .flatMap(id -> desk.demands().byId(id).stream())
                                .map(SubjectAccess::link).toList(), desk.documents().ofCase(c.id())))
                .toList();
        return new Response(desk.cases().today(), desk.settings().repName().orElse(AuditTrail.NAME_NOT_SET), m,
                cases, desk.workload().ofMember(m.id()), desk.audit().ofMember(m.id()),
                // The sickness-absence record is health data held about them too (issue 18).
                desk.absences().hasOwnPattern(m.id()) ? desk.absences().pattern(m.id()) : null,
                desk.absences().ofMember(m.id()));
    }

    private static DemandLink link(Demand d) {
        return new DemandLink(d.title(), d.kind().label(), d.status().label());
    }

    /** The response as indented UTF-8 JSON. */
    public static byte[] json(Response r) throws IOException {
        return JSON.writeValueAsBytes(r);
    }

    /**
     * Creates the folder for the response, named for the request date and the membership number,
     * e.g. {@code subject-access-2026-11-23-N12345}, readable by the owner only; a second request on
     * the same day gets {@code -2}, {@code -3}, so an earlier response is never overwritten.
     */
    public static Path createFolder(Path parent, Response r) throws IOException {
        if (!Files.isDirectory(parent)) {
            throw new IOException(Messages.text("file.noFolder", Map.of("folder", parent.toString())));
        }
        String number = r.member().membershipNumber().replaceAll("[^A-Za-z0-9-]", "_");
        String base = "subject-access-" + r.requestedOn() + "-" + number;
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(n == 1 ? base : base + "-" + n);
            try {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectory(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(folder);
                }
                return folder;
            } catch (FileAlreadyExistsException e) {
                if (n > 999) {
                    throw e;
                }
            }
        }
    }

    /** Writes the JSON file into the response folder (owner-only, whole or not at all). */
    public static Path writeJson(Path folder, Response r) throws IOException {
        Path out = folder.resolve(fileStem(r) + ".json");
        byte[] bytes = json(r);
        OwnerOnlyFile.write(out, stream -> stream.write(bytes));
        return out;
    }

    /**
     * Writes each case's documents, exactly as attached, into a {@code documents} folder inside the
     * response folder (owner-only), named so they sort by case and number: {@code 2026-0042-03-letter.pdf}.
     */
    public List<Path> writeDocuments(Path folder, Response r) throws IOException {
        List<Path> written = new java.util.ArrayList<>();
        Path documents = folder.resolve("documents");
        for (CaseRecord cr : r.cases()) {
            for (CaseDocument d : cr.documents()) {
                if (written.isEmpty()) {
                    createOwnerOnlyFolder(documents);
                }
                Path out = documents.resolve(documentFileName(cr.caseFile(), d));
                byte[] bytes = desk.documents().content(d);
                OwnerOnlyFile.write(out, stream -> stream.write(bytes));
                written.add(out);
            }
        }
        return written;
    }

    /** {@code 2026-0042-03-} and the attached file's own name, with anything unsafe in a file name replaced. */
    public static String documentFileName(CaseFile c, CaseDocument d) {
        String name = d.fileName().replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        return String.format(Locale.ROOT, "%s-%02d-%s", c.reference(), d.number(), name.isEmpty() ? "document" : name);
    }

    private static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(folder);
        }
    }

    /** The file name both files share, e.g. {@code subject-access-N12345}. */
    public static String fileStem(Response r) {
        return "subject-access-" + r.member().membershipNumber().replaceAll("[^A-Za-z0-9-]", "_")
                .toLowerCase(Locale.ROOT);
    }

    /** Records in the audit trail that a response was produced (what and when, not its content). */
    public void recordProduced(Response r) {
        desk.audit().exported(MemberService.subject(r.member()),
                Messages.text("sar.produced", Map.of("n", r.cases().size())));
    }
}
