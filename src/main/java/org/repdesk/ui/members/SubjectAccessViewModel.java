package org.repdesk.ui.members;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.report.SubjectAccessFolder;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.papers.Runner;

/**
 * A member's subject access request, in one command: asked first for a protected file (the
 * response leaves it as plain text), then where to put it; RepDesk writes a new folder, named for
 * today's date and the membership number, holding everything held about the member as JSON and as
 * a readable PDF (owner-only files), and says where it went.
 */
public final class SubjectAccessViewModel {

    private final RepDesk desk;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Predicate<String> plainTextAllowed;

    public SubjectAccessViewModel(RepDesk desk, Runner runner, Dialogs dialogs, Predicate<String> plainTextAllowed) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.plainTextAllowed = plainTextAllowed;
    }

    /** Writes {@code member}'s response where the rep chooses; nothing happens when they cancel. */
    public void respond(Member member) {
        if (member == null || !plainTextAllowed.test(Messages.text("members.sar.what"))) {
            return;
        }
        dialogs.chooseFolder(Messages.text("members.sar.choose", Map.of("name", member.name()))).ifPresent(parent ->
                runner.run(Messages.text("members.sar.failed"),
                        () -> SubjectAccessFolder.write(desk, member.membershipNumber(), parent),
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
