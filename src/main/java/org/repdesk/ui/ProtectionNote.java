package org.repdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.repdesk.i18n.Messages;

/** Where the data is, at the foot of the navigation: this computer (encrypted or not), or the casebook. */
final class ProtectionNote {

    private ProtectionNote() {
    }

    /** The note for {@code state}'s desk; a passphrase set or removed shows at once. */
    static Label of(DeskState state) {
        Label where = new Label();
        where.getStyleClass().add("nav-note");
        where.setId("protection-note");
        where.setWrapText(true);
        if (state.desk().isCasebook()) {
            where.setText(Messages.text("casebook.where", state.desk().describe()));
        } else {
            where.textProperty().bind(Bindings.when(state.passphraseProtectedProperty())
                    .then(Messages.text("shell.where.encrypted")).otherwise(Messages.text("shell.where.plain")));
        }
        return where;
    }
}
