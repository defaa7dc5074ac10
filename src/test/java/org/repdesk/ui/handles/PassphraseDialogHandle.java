package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** Tools ▸ Passphrase as a test sees it: the one place that knows its node ids (ui/PassphraseDialog). */
public final class PassphraseDialogHandle extends Handle {

    public PassphraseDialogHandle(FxRobot robot) {
        super(robot);
    }

    public PassphraseDialogHandle typeNew(String passphrase) {
        typeInto("new-passphrase", passphrase);
        return this;
    }

    public PassphraseDialogHandle typeRepeated(String passphrase) {
        typeInto("repeat-passphrase", passphrase);
        return this;
    }

    /** What is said under the new passphrase ("" when nothing). */
    public String newProblem() {
        return textOf("new-passphrase-problem");
    }

    /** What is said under the repetition ("" when nothing). */
    public String repeatProblem() {
        return textOf("repeat-passphrase-problem");
    }

    /** How strong the new passphrase is, as typed. */
    public String strength() {
        return textOf("passphrase-strength");
    }

    /** Tools ▸ Passphrase is open. */
    public boolean open() {
        return present("new-passphrase");
    }

    /** Whether anything is in the new passphrase's field (its text is not read). */
    public boolean newTyped() {
        return robot.lookup("#new-passphrase").queryAs(javafx.scene.control.PasswordField.class).getLength() > 0;
    }

    public Button protectButton() {
        return node("passphrase-protect");
    }

    public void protect() {
        robot.clickOn("#passphrase-protect");
    }

    /** The passphrase asked for when a protected file is opened: clicks its field and types. */
    public void typeOpening(String passphrase) {
        robot.clickOn("#open-passphrase").write(passphrase);
    }

    /** The field the passphrase is asked in when a protected file is opened, once it is there. */
    public java.util.Optional<javafx.scene.control.PasswordField> openingField() {
        return robot.lookup("#open-passphrase").tryQuery().map(javafx.scene.control.PasswordField.class::cast);
    }
}
