package org.repdesk.ui;

import java.io.File;
import java.util.List;
import javafx.stage.DirectoryChooser;
import org.repdesk.model.Member;
import org.repdesk.report.SubjectAccessFolder;

/**
 * A member's subject access request, in one action: the rep picks where to put the response and
 * RepDesk writes a new folder, named for today's date and the membership number, holding
 * everything held about the member as JSON and as a readable PDF (owner-only files).
 */
public final class SubjectAccessDialog {

    private SubjectAccessDialog() {
    }

    /** Asks for a folder, then writes the response in the background and says where it went. */
    public static void show(DeskState state, Member member) {
        if (member == null) {
            return;
        }
        if (!state.plainTextAllowed("the subject access response")) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Subject access for " + member.name() + ": choose where to put the response");
        File parent = chooser.showDialog(state.owner());
        if (parent == null) {
            return;
        }
        state.background().run(state.owner(), "Could not produce the subject access response",
                () -> SubjectAccessFolder.write(state.desk(), member.membershipNumber(), parent.toPath()),
                written -> Alerts.info(state.owner(), "Subject access response for " + member.name() + " written",
                        List.of("Folder: " + written.folder(),
                                "Files: " + written.files().stream().map(p -> p.getFileName().toString())
                                        .reduce((a, b) -> a + ", " + b).orElse(""),
                                written.response().cases().size() + " case(s), "
                                        + written.response().workloadRecords().size() + " workload record(s), "
                                        + written.response().auditTrail().size() + " audit entries.",
                                "The files are readable by you only. Send them to the member securely, "
                                        + "within one month of the request.")));
    }
}
