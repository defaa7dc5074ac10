package org.repdesk.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.repdesk.i18n.Messages;

/**
 * A dialog's Cancel and Close in the rep's language: JavaFX's own {@link ButtonType#CANCEL} and
 * {@link ButtonType#CLOSE} are English whatever the language RepDesk speaks.
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.text("screens.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Messages.text("screens.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
