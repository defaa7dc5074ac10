package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
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
                + " [--name \"Full Name\"] | assign CASE_REF LOGIN | users | import-file FILE.db [--dry-run] [--renumber]"; // not for reps: the usage synopsis, continued
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
            throw args.wrong(words.isEmpty() ? Messages.text("cli.casebook.actions", Map.of("actions", String.join(", ", ACTIONS)))
                    : Messages.text("cli.casebook.actionsNot", Map.of("actions", String.join(", ", ACTIONS), "given", words.get(0))));
        }
        String action = words.get(0);
        List<String> rest = words.subList(1, words.size());
        // Checked before anything is opened, as every command does.
        switch (action) {
            case "init", "users" -> expect(args, rest, 0, Messages.text("cli.casebook.nothingAfter", Map.of("action", action)));
            case "add-user" -> expect(args, rest, 1, Messages.text("cli.casebook.newLogin"));
            case "assign" -> expect(args, rest, 2, Messages.text("cli.casebook.refAndLogin"));
            case "import-file" -> expect(args, rest, 1, Messages.text("cli.casebook.fileToBringIn"));
            default -> throw new IllegalStateException(action);
        }
        Casebooks.Role role = null;
        if (action.equals("add-user")) {
            String given = args.required("--role");
            role = Casebooks.Role.of(given);
            if (role == null) {
                throw args.wrong(Messages.text("cli.casebook.role", Map.of("given", given)));
            }
        }
        if (!call.onCasebook()) {
            throw new CommandFailure(Messages.text("cli.casebook.needsAddress", Map.of("action", action)));
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
            throw args.wrong(Messages.text("cli.casebook.takes", Map.of("action", args.words().get(0), "what", what)));
        }
    }

    private static int init(Call call) {
        String fromEnvironment = call.environment().apply(Passphrases.SERVER_PASSWORD);
        char[] password = fromEnvironment == null ? null : fromEnvironment.toCharArray();
        int version = Casebooks.init(call.casebook(), password);
        call.out().println(Messages.text("cli.casebook.setUp", Map.of("casebook", call.casebook().describe(),
                "version", String.valueOf(version), "address", String.valueOf(call.casebook()))));
        return 0;
    }

    private static int addUser(Call call, String login, Casebooks.Role role, String fullName) {
        char[] password = newPassword(call, login);
        try (RepDesk desk = call.openDesk()) {
            Casebooks.addUser(desk.database(), login, role, fullName, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        call.out().println(Messages.text("cli.casebook.added", Map.of("login", login, "role", role.word(),
                "address", String.valueOf(call.casebook().as(login)))));
        return 0;
    }

    private static char[] newPassword(Call call, String login) {
        String fromEnvironment = call.environment().apply(NEW_PASSWORD);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(Messages.text("cli.casebook.newPasswordNeeded", Map.of("variable", NEW_PASSWORD,
                    "login", login)));
        }
        char[] first = console.readPassword("%s", Messages.text("cli.casebook.passwordPrompt", Map.of("casebook", login)));
        char[] second = console.readPassword("%s", Messages.text("cli.casebook.againPrompt"));
        if (first == null || second == null || first.length == 0 || !Arrays.equals(first, second)) {
            throw new CommandFailure(Messages.text("cli.casebook.notSame"));
        }
        Arrays.fill(second, '\0');
        return first;
    }

    private static int assign(Call call, String reference, String login) {
        try (RepDesk desk = call.openDesk()) {
            Casebooks.assign(desk.database(), reference, login);
        }
        call.out().println(Messages.text("cli.casebook.assigned", Map.of("ref", reference, "login", login)));
        return 0;
    }

    private static int users(Call call) {
        try (RepDesk desk = call.openDesk()) {
            List<Casebooks.User> users = Casebooks.users(desk.database());
            if (users.isEmpty()) {
                call.out().println(Messages.text("cli.casebook.noUsers"));
            }
            for (Casebooks.User u : users) {
                call.out().printf("%-20s %-8s %-30s %s%s%n", u.login(), u.role().word(),
                        u.fullName() == null ? "" : u.fullName(), Messages.text("cli.casebook.addedOn", Map.of("date",
                                String.valueOf(u.addedOn()))), u.canLogIn() ? "" : "  " + Messages.text("cli.casebook.cannotLogIn"));
            }
        }
        return 0;
    }

    private static int importFile(Call call, Path file, boolean dryRun, boolean renumber) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(Messages.text("cli.casebook.importFolder", Map.of("file", file.toString())));
        }
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(Messages.text("cli.casebook.noFile", Map.of("file", file.toAbsolutePath().toString())));
        }
        char[] passphrase = RepDesk.isProtected(file) ? Passphrases.currentFor(call, file) : null;
        try (RepDesk source = RepDesk.openCopy(file, passphrase); RepDesk casebook = call.openDesk()) {
            CasebookImport importer = new CasebookImport(source, casebook, renumber);
            CasebookImport.Plan plan = importer.plan();
            call.out().println(plan.describe());
            if (!plan.conflicts().isEmpty()) {
                call.err().println("repdesk: " + Messages.text("cli.casebook.conflicts", Map.of("n", plan.conflicts().size())));
                plan.conflicts().forEach(c -> call.err().println("  - " + c));
                return 1;
            }
            if (dryRun) {
                call.out().println(Messages.text("cli.casebook.dryRun"));
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
