package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.repdesk.service.MemberImport;
import org.repdesk.service.RepDesk;

/** {@code import members FILE.csv}: all the file's members, or none and every bad line named. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] import members FILE.csv";
    }

    @Override
    public int run(Call call) throws IOException {
        var words = call.args().words(2, Messages.text("cli.what.import"));
        if (!words.get(0).equals("members")) {
            throw call.args().wrong(Messages.text("cli.import.onlyMembers", Map.of("what", words.get(0))));
        }
        Path csv = Path.of(words.get(1));
        if (Files.isDirectory(csv)) {
            throw new CommandFailure(Messages.text("cli.import.folder", Map.of("file", csv.toString())));
        }
        // Read the CSV before opening the data file: a missing or broken CSV creates no data file.
        // Checked, then read again as it is added: a file of 200,000 members is never held whole.
        MemberImport.CheckedFile file = MemberImport.check(csv);
        MemberImport.Result result;
        if (!file.isClean() && !call.onCasebook() && !Files.exists(call.dataFile())) {
            result = new MemberImport.Result(0, file.problems(), file.notes()); // no data file, so no duplicates against it
        } else {
            try (RepDesk desk = call.openDesk()) {
                result = new MemberImport(desk.database()).importChecked(csv, file);
            }
        }
        if (!result.notes().isEmpty()) {
            // Not problems: the import goes ahead, but the rep should see what was changed or looks odd.
            (result.succeeded() ? call.out() : call.err()).println(org.repdesk.i18n.Messages.text("export.import.notes",
                    java.util.Map.of("n", result.notes().size())));
            result.notes().forEach(p -> (result.succeeded() ? call.out() : call.err()).println("  " + p.describe()));
        }
        if (!result.succeeded()) {
            int n = result.problems().size();
            call.err().println("repdesk: " + Messages.text("cli.import.problems", Map.of("file", csv.toString(), "n", n)));
            result.problems().forEach(p -> call.err().println("  " + p.describe()));
            return 1;
        }
        call.out().println(Messages.text("cli.import.done", Map.of("n", result.imported(), "file", csv.toString(), "into",
                call.onCasebook() ? call.casebook().describe() : call.dataFile().toAbsolutePath().toString())));
        return 0;
    }
}
