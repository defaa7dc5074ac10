package org.repdesk.ui.protection;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Protection;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.Saving;
import org.repdesk.ui.papers.Runner;

/**
 * Tools ▸ Passphrase: protect a plain data file, or change or remove the passphrase of a protected
 * one. Each field's problem is said beside it as the rep types, with how strong the new passphrase
 * is; changing and removing are asked first; what the file refuses (a wrong current passphrase)
 * is said beside the form, everything typed kept. The secrets leave the fields as char[] and are
 * wiped once used.
 */
public final class PassphraseViewModel {

    /** How strong a new passphrase is, by its length (NCSC: three random words; no rules about symbols). */
    public enum Strength {
        NONE, TOO_SHORT, FAIR, GOOD, STRONG
    }

    private final Protection protection;
    private final boolean isProtected;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Runnable afterChange;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final BooleanProperty saveTried = new SimpleBooleanProperty();
    private final FieldProblem currentProblem = new FieldProblem(saveTried);
    private final FieldProblem nextProblem = new FieldProblem(saveTried);
    private final FieldProblem repeatedProblem = new FieldProblem(saveTried);
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper strong = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper working = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();

    /** Tools ▸ Passphrase for the open file: protecting it, or changing or removing its passphrase. */
    public static PassphraseViewModel of(Protection protection, Runner runner, Dialogs dialogs, Runnable afterChange) {
        return new PassphraseViewModel(protection, protection.isProtected(), runner, dialogs, afterChange);
    }

    /**
     * @param afterChange what else must know the file's protection changed (the window's note), on the FX thread
     */
    public PassphraseViewModel(Protection protection, boolean isProtected, Runner runner, Dialogs dialogs,
            Runnable afterChange) {
        this.protection = protection;
        this.isProtected = isProtected;
        this.runner = runner;
        this.dialogs = dialogs;
        this.afterChange = afterChange;
        next.addListener((o, a, b) -> nextProblem.touch());
        // The repetition is judged once it is as long as the passphrase, or once it was left.
        repeated.addListener((o, a, b) -> {
            if (b.length() >= next.get().length()) {
                repeatedProblem.touch();
            }
        });
        current.addListener((o, a, b) -> currentProblem.touch());
        for (StringProperty p : List.of(current, next, repeated)) {
            p.addListener(x -> check());
        }
        check();
    }

    /** The file's protection as the dialog opened: true when it has a passphrase to change or remove. */
    public boolean isProtected() {
        return isProtected;
    }

    /** Judges a new passphrase by its length. */
    public static Strength strengthOf(CharSequence passphrase) {
        int n = passphrase.length();
        if (n == 0) {
            return Strength.NONE;
        }
        if (n < Protection.MINIMUM_LENGTH || passphrase.toString().isBlank()) {
            return Strength.TOO_SHORT;
        }
        return n < 16 ? Strength.FAIR : n < 24 ? Strength.GOOD : Strength.STRONG;
    }

    private void check() {
        refusal.set("");
        String n = next.get();
        Strength s = strengthOf(n);
        nextProblem.set(switch (s) {
            case NONE -> Messages.text("screens.passphrase.problem.empty");
            case TOO_SHORT -> n.isBlank() ? Messages.text("screens.passphrase.problem.blank")
                    : Messages.text("screens.passphrase.problem.short", Map.of("min", Protection.MINIMUM_LENGTH));
            default -> "";
        });
        repeatedProblem.set(!n.isEmpty() && !n.equals(repeated.get())
                ? Messages.text("screens.passphrase.problem.notSame") : "");
        currentProblem.set(isProtected && current.get().isEmpty() ? Messages.text("screens.passphrase.problem.current") : "");
        strength.set(s == Strength.NONE ? "" : Messages.text("screens.passphrase.strength." + s.name().toLowerCase(),
                Map.of("n", n.length(), "min", Protection.MINIMUM_LENGTH)));
        strong.set(s == Strength.GOOD || s == Strength.STRONG);
    }

    /**
     * Protect (or change): every problem shown; when none, asked first if it replaces a passphrase,
     * then done in the background, the dialog finished once it is.
     */
    public void protect() {
        saveTried.set(true);
        if (nextProblem.isWrong() || repeatedProblem.isWrong() || currentProblem.isWrong()) {
            return;
        }
        if (isProtected && !dialogs.confirm(Messages.text("screens.passphrase.change.question"),
                Messages.text("screens.passphrase.change.detail"), Messages.text("screens.passphrase.change.action"))) {
            return;
        }
        char[] c = current.get().toCharArray();
        char[] n = next.get().toCharArray();
        char[] r = repeated.get().toCharArray();
        run(isProtected ? "screens.passphrase.working.change" : "screens.passphrase.working.protect",
                isProtected ? "screens.passphrase.failed.change" : "screens.passphrase.failed.protect", () -> {
                    try {
                        return protection.change(isProtected ? c : null, n, r);
                    } finally {
                        wipe(c, n, r);
                    }
                }, isProtected ? "screens.passphrase.done.change" : "screens.passphrase.done.protect");
    }

    /** Remove the passphrase: the current one needed, and asked first (the file becomes readable by anyone). */
    public void remove() {
        if (!isProtected) {
            return;
        }
        saveTried.set(true);
        if (currentProblem.isWrong()) {
            return;
        }
        if (!dialogs.confirm(Messages.text("screens.passphrase.remove.question"),
                Messages.text("screens.passphrase.remove.detail"), Messages.text("screens.passphrase.remove.action"))) {
            return;
        }
        char[] c = current.get().toCharArray();
        run("screens.passphrase.working.remove", "screens.passphrase.failed.remove", () -> {
            try {
                return protection.remove(c);
            } finally {
                wipe(c);
            }
        }, "screens.passphrase.done.remove");
    }

    private void run(String workingKey, String failureKey, org.repdesk.ui.Background.Job<Protection.Changed> job,
            String doneKey) {
        working.set(Messages.text(workingKey));
        Saving.run(runner, Messages.text(failureKey), job, outcome -> {
            working.set("");
            if (outcome.saved() == null) {
                refusal.set(outcome.refusal());
                return;
            }
            clear();
            afterChange.run();
            // Told before the dialog closes: an alert shown in the moment its owner's dialog closed
            // came up as an empty white box (seen under Xvfb), and the rep saw nothing of what was done.
            dialogs.inform(Messages.text(doneKey), outcome.saved().describe());
            finished.set(true);
        });
    }

    /** Empties the fields (the dialog closing): the secrets are not kept longer than needed. */
    public void clear() {
        current.set("");
        next.set("");
        repeated.set("");
    }

    private static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            Arrays.fill(s, '\0');
        }
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    public FieldProblem currentProblem() {
        return currentProblem;
    }

    public FieldProblem nextProblem() {
        return nextProblem;
    }

    public FieldProblem repeatedProblem() {
        return repeatedProblem;
    }

    /** "Good: 18 characters" as the rep types the new passphrase; empty before. */
    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    /** True when the new passphrase is good or strong (the view colours the strength by it). */
    public ReadOnlyBooleanProperty strongProperty() {
        return strong.getReadOnlyProperty();
    }

    /** What the file refused (the current passphrase not right), said beside the form; empty otherwise. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** What is being done while the file is re-encrypted; empty when nothing is. */
    public ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True once the change is made: the dialog closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Protect / Change is disabled while the passphrases cannot be used or work is under way. */
    public BooleanBinding cannotProtect() {
        return Bindings.createBooleanBinding(() -> nextProblem.isWrong() || repeatedProblem.isWrong()
                || currentProblem.isWrong() || !working.get().isEmpty(), nextProblem.problemProperty(),
                repeatedProblem.problemProperty(), currentProblem.problemProperty(), working);
    }

    /** Remove is disabled until the current passphrase is typed. */
    public BooleanBinding cannotRemove() {
        return Bindings.createBooleanBinding(() -> !isProtected || current.get().isEmpty() || !working.get().isEmpty(),
                current, working);
    }
}
