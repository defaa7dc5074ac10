package org.repdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.service.ValidationException;
import org.repdesk.store.StoreException;

/** The one place that tells the rep something went wrong: plain words, never a stack trace. */
public final class Alerts {

    private Alerts() {
    }

    public static void cannotOpen(Path file, StoreException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.text("screens.cannotOpen.title"));
        alert.setHeaderText(Messages.text("screens.cannotOpen.header", Map.of("file", String.valueOf(file.getFileName()))));
        alert.setContentText(e.getMessage());
        alert.showAndWait();
    }

    /** Shows a failure from a service: validation problems as a list, store problems as their message. */
    public static void failed(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("shell.dialog.title"));
        alert.setHeaderText(what);
        alert.setContentText(describe(error));
        alert.showAndWait();
    }

    public static String describe(Throwable error) {
        if (error instanceof ValidationException v) {
            return String.join("\n", v.problems());
        }
        if (error instanceof StoreException s) {
            return s.getMessage();
        }
        if (error instanceof java.io.IOException io && io.getMessage() != null) {
            return io.getMessage();
        }
        return Messages.text("screens.failed.unexpected", Map.of("kind", error.getClass().getSimpleName()));
    }

    /** Asks before something destructive; true only when the rep chose the named action. */
    public static boolean confirm(Window owner, String header, String detail, String action) {
        return confirm(owner, header, detail, action, Buttons.cancel());
    }

    /**
     * As {@link #confirm(Window, String, String, String)}, the other answer (the default, and what Esc
     * or the close box give) named {@code stay}: "Keep editing" where Cancel would not say what it does.
     */
    public static boolean confirm(Window owner, String header, String detail, String action, String stay) {
        return confirm(owner, header, detail, action, new ButtonType(stay, ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static boolean confirm(Window owner, String header, String detail, String action, ButtonType no) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, yes, no);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("shell.dialog.title"));
        alert.setHeaderText(header);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(yes).setId("confirm-action");
        alert.getDialogPane().lookupButton(no).setId("confirm-stay");
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    public static void info(Window owner, String header, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, String.join("\n", lines));
        alert.initOwner(owner);
        alert.setTitle(Messages.text("shell.dialog.title"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
