package org.repdesk.cli;

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
        var words = call.args().words(2, "what to import and the file (import members FILE.csv)");
        if (!words.get(0).equals("members")) {
            throw call.args().wrong("only members can be imported, not \"" + words.get(0) + "\"");
        }
        Path csv = Path.of(words.get(1));
        if (Files.isDirectory(csv)) {
            throw new CommandFailure(csv + " is a folder; give the CSV file.");
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
            call.err().println("repdesk: " + csv + ": " + n + (n == 1 ? " problem" : " problems")
                    + "; nothing was imported.");
            result.problems().forEach(p -> call.err().println("  " + p.describe()));
            return 1;
        }
        call.out().println("Imported " + result.imported() + (result.imported() == 1 ? " member" : " members")
                + " from " + csv + " into " + (call.onCasebook() ? call.casebook().describe() : call.dataFile().toAbsolutePath()) + ".");
        return 0;
    }
}
