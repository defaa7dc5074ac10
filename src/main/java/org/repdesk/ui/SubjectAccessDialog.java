package org.repdesk.ui;

import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.report.SubjectAccessFolder;

/**
 * A member's subject access request, in one action: the rep picks where to put the response and
 * RepDesk writes a new folder, named for today's date and the membership number, holding
 * everything held about the member as JSON and as a readable PDF (owner-only files). The folder is
 * chosen and the outcome told through the desk's {@link Dialogs}, so a test stands in for both.
 */
public final class SubjectAccessDialog {

    private SubjectAccessDialog() {
    }

    /** Asks for a folder, then writes the response in the background and says where it went. */
    public static void show(DeskState state, Member member) {
        if (member == null) {
            return;
        }
        if (!state.plainTextAllowed(Messages.text("members.sar.what"))) {
            return;
        }
        Dialogs dialogs = state.dialogs();
        dialogs.chooseFolder(Messages.text("members.sar.choose", Map.of("name", member.name()))).ifPresent(parent ->
                state.background().run(state.owner(), Messages.text("members.sar.failed"),
                        () -> SubjectAccessFolder.write(state.desk(), member.membershipNumber(), parent),
                        written -> dialogs.inform(Messages.text("members.sar.written", Map.of("name", member.name())),
                                List.of(Messages.text("members.sar.folder", Map.of("folder", written.folder().toString())),
                                        Messages.text("members.sar.files", Map.of("files", String.join(", ",
                                                written.files().stream().map(p -> p.getFileName().toString()).toList()))),
                                        Messages.text("members.sar.counts", Map.of(
                                                "cases", written.response().cases().size(),
                                                "records", written.response().workloadRecords().size(),
                                                "audit", written.response().auditTrail().size())),
                                        Messages.text("members.sar.send")))));
    }
}
