package org.repdesk.ui.casebook;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CasebookAddress;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.store.StoreException;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Open branch casebook…: the server, database and login a rep types (or picks from the
 * casebooks opened before), their problems beside each field once touched or on Open, and the
 * server's answer when it refuses. The password is never kept beyond the attempt. Open tries on
 * the worker; the casebook is remembered among those opened before once the server says yes.
 */
public final class CasebookLoginViewModel {

    private static final Logger LOG = Logger.getLogger(CasebookLoginViewModel.class.getName());

    /** Opens the casebook (RepDesk.openCasebook in the app; a stand-in in tests). */
    @FunctionalInterface
    public interface Opener {
        RepDesk open(CasebookAddress address, char[] password);
    }

    private final RecentCasebooks remembered;
    private final Opener opener;
    private final Runner runner;

    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(CasebookAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty verifiedTls = new SimpleBooleanProperty(false);
    private final BooleanProperty opening = new SimpleBooleanProperty(false);
    /** Problems show once the rep has tried to open (or left a field), not before anything is typed. */
    private final BooleanProperty showProblems = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ObservableList<CasebookAddress> recent = FXCollections.observableArrayList();

    private final StringBinding serverProblem = shown(this::serverCheck, server);
    private final StringBinding portProblem = shown(this::portCheck, port);
    private final StringBinding databaseProblem = shown(this::databaseCheck, database);
    private final StringBinding loginProblem = shown(this::loginCheck, login);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> serverCheck().isEmpty()
            && portCheck().isEmpty() && databaseCheck().isEmpty() && loginCheck().isEmpty(), server, port, database, login);

    /**
     * @param openedBefore the casebooks {@code remembered} lists, newest first (the newest is filled in)
     * @param remembered where a casebook opened is remembered (never its password)
     * @param opener opens a casebook with the address and password typed
     * @param runner the worker the opening runs on
     */
    public CasebookLoginViewModel(List<CasebookAddress> openedBefore, RecentCasebooks remembered, Opener opener,
            Runner runner) {
        this.remembered = remembered;
        this.opener = opener;
        this.runner = runner;
        recent.setAll(openedBefore);
        if (!openedBefore.isEmpty()) {
            choose(openedBefore.get(0));
        }
        // A new attempt clears the last refusal as soon as the rep changes anything.
        for (StringProperty p : List.of(server, port, database, login, password)) {
            p.addListener((o, was, now) -> failure.set(""));
        }
    }

    /** Reads the casebooks opened before on the worker, then hands over the form with the newest filled in. */
    public static void read(RecentCasebooks remembered, Opener opener, Runner runner,
            Consumer<CasebookLoginViewModel> ready) {
        runner.run(Messages.text("casebook.login.notOpened"), remembered::list,
                openedBefore -> ready.accept(new CasebookLoginViewModel(openedBefore, remembered, opener, runner)));
    }

    private StringBinding shown(java.util.function.Supplier<String> check, StringProperty field) {
        return Bindings.createStringBinding(() -> showProblems.get() ? check.get() : "", field, showProblems);
    }

    private String serverCheck() {
        String s = server.get().strip();
        if (s.isEmpty()) {
            return Messages.text("casebook.login.serverMissing");
        }
        return s.matches("[A-Za-z0-9.:\\[\\]-]+") ? "" : Messages.text("casebook.login.serverBad");
    }

    private String portCheck() {
        String p = port.get().strip();
        return p.matches("\\d{1,5}") && Integer.parseInt(p) >= 1 && Integer.parseInt(p) <= 65535 ? ""
                : Messages.text("casebook.login.portBad");
    }

    private String databaseCheck() {
        return database.get().isBlank() ? Messages.text("casebook.login.databaseMissing") : "";
    }

    private String loginCheck() {
        return login.get().isBlank() ? Messages.text("casebook.login.loginMissing") : "";
    }

    /** Fills the fields from a casebook opened before (or named on the command line); the password stays to be typed. */
    public void choose(CasebookAddress a) {
        server.set(a.host());
        port.set(Integer.toString(a.port()));
        database.set(a.database());
        login.set(a.user());
        verifiedTls.set("verify-full".equals(a.options().get("sslmode")));
        password.set("");
    }

    /** Shows every problem beside its field (on Open, or when a field is left). */
    public void revealProblems() {
        showProblems.set(true);
    }

    /** The address the fields make, or null (with every problem shown) when they make none. */
    public CasebookAddress address() {
        revealProblems();
        if (!valid.get()) {
            return null;
        }
        Map<String, String> options = verifiedTls.get() ? Map.of("sslmode", "verify-full") : Map.of();
        return new CasebookAddress(server.get().strip(), Integer.parseInt(port.get().strip()), database.get().strip(),
                login.get().strip(), options);
    }

    /** The password as typed, for one attempt; the field is cleared by {@link #refused}. */
    private char[] takePassword() {
        return password.get().toCharArray();
    }

    /** The server (or the network) said no: the reason is shown, the password cleared, the rest kept. */
    void refused(String reason) {
        password.set("");
        failure.set(reason);
    }

    /** What one attempt came to: the casebook opened, or the reason it was not. */
    private record Attempt(RepDesk opened, Exception refusal) {
    }

    /**
     * Open: with every problem shown and nothing tried while a field is wrong; else the casebook is
     * opened on the worker, and {@code opened} gets it once the server says yes (the casebook then
     * remembered). A refusal is said in the form, the password cleared and the rest kept. The
     * password typed is wiped once tried.
     */
    public void open(Consumer<RepDesk> opened) {
        CasebookAddress address = opening.get() ? null : address();
        if (address == null) {
            return;
        }
        char[] secret = takePassword();
        opening.set(true);
        runner.run(Messages.text("casebook.login.notOpened"), () -> {
            try {
                RepDesk desk = opener.open(address, secret.length == 0 ? null : secret);
                remembered.remember(address);
                return new Attempt(desk, null);
            } catch (Exception e) { // said in the form: the dialog stays open for another try
                return new Attempt(null, e);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, attempt -> {
            opening.set(false);
            if (attempt.opened() != null) {
                opened.accept(attempt.opened());
                return;
            }
            Exception e = attempt.refusal();
            LOG.log(Level.INFO, "casebook not opened", e);
            refused(e instanceof StoreException s ? s.getMessage()
                    : Messages.text("casebook.login.unexpected", String.valueOf(e.getMessage())));
        });
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty verifiedTlsProperty() {
        return verifiedTls;
    }

    public BooleanProperty openingProperty() {
        return opening;
    }

    public StringBinding serverProblemProperty() {
        return serverProblem;
    }

    public StringBinding portProblemProperty() {
        return portProblem;
    }

    public StringBinding databaseProblemProperty() {
        return databaseProblem;
    }

    public StringBinding loginProblemProperty() {
        return loginProblem;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Open is offered while nothing is being opened; problems are said when it is pressed. */
    public BooleanBinding canOpenProperty() {
        return opening.not();
    }

    public ObservableList<CasebookAddress> recent() {
        return recent;
    }
}
