package org.repdesk.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.repdesk.service.CasebookImport;
import org.repdesk.service.RepDesk;
import org.repdesk.store.Casebooks;

/**
 * {@code casebook init|add-user|assign|users|import-file}: setting up and running a branch casebook
 * on PostgreSQL (docs/casebook.md). Every one needs {@code --db postgresql://…}.
 */
final class CasebookCommand implements Command {

    static final String NEW_PASSWORD = "REPDESK_NEW_PASSWORD";
    private static final List<String> ACTIONS = List.of("init", "add-user", "assign", "users", "import-file");

    @Override
    public String name() {
        return "casebook";
    }

    @Override
    public String usage() {
        return "repdesk --db postgresql://SERVER/DATABASE?user=LOGIN casebook init | add-user LOGIN --role rep|officer|reader"
                + " [--name \"Full Name\"] | assign CASE_REF LOGIN | users | import-file FILE.db [--dry-run] [--renumber]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--role", "--name");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--dry-run", "--renumber");
    }

    @Override
    public int run(Call call) throws java.io.IOException {
        Args args = call.args();
        List<String> words = args.words();
        if (words.isEmpty() || !ACTIONS.contains(words.get(0))) {
            throw args.wrong("casebook " + String.join(", ", ACTIONS) + (words.isEmpty() ? "" : ", not \"" + words.get(0) + "\""));
        }
        String action = words.get(0);
        List<String> rest = words.subList(1, words.size());
        // Checked before anything is opened, as every command does.
        switch (action) {
            case "init", "users" -> expect(args, rest, 0, "nothing after " + action);
            case "add-user" -> expect(args, rest, 1, "the new login");
            case "assign" -> expect(args, rest, 2, "the case reference and the login");
            case "import-file" -> expect(args, rest, 1, "the data file to bring in");
            default -> throw new IllegalStateException(action);
        }
        Casebooks.Role role = null;
        if (action.equals("add-user")) {
            String given = args.required("--role");
            role = Casebooks.Role.of(given);
            if (role == null) {
                throw args.wrong("--role must be rep, officer or reader, not \"" + given + "\"");
            }
        }
        if (!call.onCasebook()) {
            throw new CommandFailure("casebook " + action + " needs the casebook's address: --db"
                    + " postgresql://SERVER/DATABASE?user=LOGIN (docs/casebook.md).");
        }
        return switch (action) {
            case "init" -> init(call);
            case "add-user" -> addUser(call, rest.get(0), role, args.option("--name").orElse(null));
            case "assign" -> assign(call, rest.get(0), rest.get(1));
            case "users" -> users(call);
            default -> importFile(call, Path.of(rest.get(0)), args.flag("--dry-run"), args.flag("--renumber"));
        };
    }

    private static void expect(Args args, List<String> rest, int n, String what) {
        if (rest.size() != n) {
            throw args.wrong("casebook " + args.words().get(0) + " takes " + what);
        }
    }

    private static int init(Call call) {
        String fromEnvironment = call.environment().apply(Passphrases.SERVER_PASSWORD);
        char[] password = fromEnvironment == null ? null : fromEnvironment.toCharArray();
        int version = Casebooks.init(call.casebook(), password);
        call.out().println("The casebook " + call.casebook().describe() + " is set up (data version " + version
                + "). Add its people with: repdesk --db " + call.casebook() + " casebook add-user LOGIN --role rep");
        return 0;
    }

    private static int addUser(Call call, String login, Casebooks.Role role, String fullName) {
        char[] password = newPassword(call, login);
        try (RepDesk desk = call.openDesk()) {
            Casebooks.addUser(desk.database(), login, role, fullName, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        call.out().println(login + " can now open the casebook with the role " + role.word() + ": repdesk --db "
                + call.casebook().as(login));
        return 0;
    }

    private static char[] newPassword(Call call, String login) {
        String fromEnvironment = call.environment().apply(NEW_PASSWORD);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure("Set " + NEW_PASSWORD + " or run the command in a terminal to be asked for "
                    + login + "'s password.");
        }
        char[] first = console.readPassword("Password for %s: ", login);
        char[] second = console.readPassword("The same password again: ");
        if (first == null || second == null || first.length == 0 || !Arrays.equals(first, second)) {
            throw new CommandFailure("The two passwords are not the same (or are empty); nothing was changed.");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    private static int assign(Call call, String reference, String login) {
        try (RepDesk desk = call.openDesk()) {
            Casebooks.assign(desk.database(), reference, login);
        }
        call.out().println("Case " + reference + " is now assigned to " + login + ".");
        return 0;
    }

    private static int users(Call call) {
        try (RepDesk desk = call.openDesk()) {
            List<Casebooks.User> users = Casebooks.users(desk.database());
            if (users.isEmpty()) {
                call.out().println("No one has been added yet: casebook add-user LOGIN --role rep|officer|reader.");
            }
            for (Casebooks.User u : users) {
                call.out().printf("%-20s %-8s %-30s added %s%s%n", u.login(), u.role().word(),
                        u.fullName() == null ? "" : u.fullName(), u.addedOn(), u.canLogIn() ? "" : "  (cannot log in)");
            }
        }
        return 0;
    }

    private static int importFile(Call call, Path file, boolean dryRun, boolean renumber) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + " is a folder; give the rep's data file (repdesk.db).");
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("There is no data file at " + file.toAbsolutePath() + ".");
        }
        char[] passphrase = RepDesk.isProtected(file) ? Passphrases.currentFor(call, file) : null;
        try (RepDesk source = RepDesk.openCopy(file, passphrase); RepDesk casebook = call.openDesk()) {
            CasebookImport importer = new CasebookImport(source, casebook, renumber);
            CasebookImport.Plan plan = importer.plan();
            call.out().println(plan.describe());
            if (!plan.conflicts().isEmpty()) {
                call.err().println("repdesk: " + plan.conflicts().size() + (plan.conflicts().size() == 1 ? " conflict" : " conflicts")
                        + "; nothing was written.");
                plan.conflicts().forEach(c -> call.err().println("  - " + c));
                return 1;
            }
            if (dryRun) {
                call.out().println("Dry run: nothing was written.");
                return 0;
            }
            CasebookImport.Result result = importer.run(plan);
            call.out().println(result.describe());
            return 0;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
