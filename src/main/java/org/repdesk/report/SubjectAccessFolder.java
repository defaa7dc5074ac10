package org.repdesk.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.repdesk.service.Folders;
import org.repdesk.service.RepDesk;
import org.repdesk.service.SubjectAccess;

/**
 * The one action behind a subject access request, shared by the app and the command line: a new
 * owner-only folder named for the request date, holding the JSON and the readable PDF.
 */
public final class SubjectAccessFolder {

    /** What was written. */
    public record Written(Path folder, List<Path> files, SubjectAccess.Response response) {
    }

    private SubjectAccessFolder() {
    }

    /**
     * Gathers everything about the member and writes it into a new folder under {@code parent}.
     * If writing fails, the half-made folder is removed. The audit trail records the response.
     */
    public static Written write(RepDesk desk, String membershipNumber, Path parent) throws IOException {
        return write(desk, membershipNumber, parent, org.repdesk.i18n.DocumentLanguage.ofApp());
    }

    /** {@link #write(RepDesk, String, Path)} with the PDF in English, Welsh or both (the member's choice). */
    public static Written write(RepDesk desk, String membershipNumber, Path parent,
            org.repdesk.i18n.DocumentLanguage language) throws IOException {
        SubjectAccess access = desk.subjectAccess();
        SubjectAccess.Response r = access.gather(membershipNumber);
        Path folder = SubjectAccess.createFolder(parent, r);
        boolean done = false;
        try {
            Path json = SubjectAccess.writeJson(folder, r);
            Path pdf = folder.resolve(SubjectAccess.fileStem(r) + ".pdf");
            Pdf.writeArchival(SubjectAccessHtml.render(r, language), pdf);
            List<Path> documents = access.writeDocuments(folder, r); // the member's papers themselves
            access.recordProduced(r);
            done = true;
            List<Path> files = new java.util.ArrayList<>(List.of(json, pdf));
            files.addAll(documents);
            return new Written(folder, List.copyOf(files), r);
        } finally {
            if (!done) {
                Folders.deleteTree(folder); // the documents folder's files, then it
            }
        }
    }
}
