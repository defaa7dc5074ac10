package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.repdesk.report.SubjectAccessFolder;
import org.repdesk.service.RepDesk;

/**
 * {@code subject-access MEMBERSHIP_NO --out FOLDER}: everything held about one member, as JSON and
 * PDF, in a new owner-only folder under FOLDER named for today's date and the membership number.
 */
final class SarCommand implements Command {

    @Override
    public String name() {
        return "subject-access";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] subject-access MEMBERSHIP_NO --out FOLDER [--lang en|cy|both] [--plain-text]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out");
    }

    @Override
    public int run(Call call) throws IOException {
        Args args = call.args();
        String number = args.words(1, Messages.text("cli.what.membershipNo")).get(0);
        Path parent = Path.of(args.required("--out"));
        if (!Files.isDirectory(parent)) {
            throw new CommandFailure(Messages.text("cli.sar.notFolder", Map.of("folder", parent.toString())));
        }
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDeskToWriteRecorded(Messages.text("cli.what.sar"))) {
            SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, number, parent, call.language());
            call.out().println(Messages.text("cli.sar.written", Map.of("number", w.response().member().membershipNumber(),
                    "n", w.response().cases().size(), "folder", w.folder().toAbsolutePath().toString())));
        }
        return 0;
    }

    @Override
    public Set<String> flags() {
        return Set.of(Passphrases.PLAIN_TEXT);
    }
}
