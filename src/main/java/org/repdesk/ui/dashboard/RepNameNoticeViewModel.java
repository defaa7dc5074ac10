package org.repdesk.ui.dashboard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.RepName;

/**
 * Asks for the rep's name whenever it is not set, not only when the app made the file: a file made
 * by {@code demo}, the command line or a restore, or an existing file on a new computer, never
 * asked, and every change went into the audit trail as "(rep's name not set)". A notice on the
 * dashboard, not a dialog: the rep may carry on, and may put it off until the next start. It follows
 * the one {@link RepName} of the window, so a name saved anywhere (the welcome, Settings) takes it
 * away; on a first run the welcome asks instead, and the notice keeps quiet.
 */
public final class RepNameNoticeViewModel {

    private final RepName name;
    private final ReadOnlyBooleanWrapper putOff = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);

    public RepNameNoticeViewModel(RepName name) {
        this.name = name;
        shown.bind(name.unsetProperty().and(putOff.getReadOnlyProperty().not())
                .and(name.askedInWelcomeProperty().not()));
    }

    /** Reads whether the name is set (in a casebook the login's own entry), off the FX thread. */
    public void check() {
        name.read();
    }

    /** Hidden until the next start (or until the rep opens Settings from it and closes it with no name). */
    public void later() {
        putOff.set(true);
    }

    /** After Settings opened from the notice closed: shown again only if the name is still unset. */
    public void afterSettings() {
        putOff.set(false);
        name.read();
    }

    /** True while the name is unset, the welcome is not the one asking, and the rep has not put the question off. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "Changes are recorded as made by "(rep's name not set)": set your name so the audit trail says who." */
    public String text() {
        return Messages.text("name.notice.text", Messages.text("audit.nameNotSet"));
    }
}
