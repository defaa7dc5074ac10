package org.repdesk.ui.dashboard;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.service.SettingsService;
import org.repdesk.ui.papers.Runner;

/**
 * Asks for the rep's name whenever it is not set, not only when the app made the file: a file made
 * by {@code demo}, the command line or a restore, or an existing file on a new computer, never
 * asked, and every change went into the audit trail as "(rep's name not set)". A notice on the
 * dashboard, not a dialog: the rep may carry on, and may put it off until the next start.
 */
public final class RepNameNoticeViewModel {

    private final Supplier<SettingsService> settings;
    private final Runner runner;
    private final ReadOnlyBooleanWrapper nameUnset = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper putOff = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);

    public RepNameNoticeViewModel(Supplier<SettingsService> settings, Runner runner) {
        this.settings = settings;
        this.runner = runner;
        shown.bind(nameUnset.getReadOnlyProperty().and(putOff.getReadOnlyProperty().not()));
    }

    /** Reads whether the name is set (in a casebook the login's own entry), off the FX thread. */
    public void check() {
        runner.run(Messages.text("name.notice.failed"), () -> settings.get().repName(), this::show);
    }

    private void show(Optional<String> name) {
        nameUnset.set(name.map(String::isBlank).orElse(true));
    }

    /** Hidden until the next start (or until the name is found unset again after another check). */
    public void later() {
        putOff.set(true);
    }

    /** After Settings closed: reads again, and shows the notice again only if the name is still unset. */
    public void afterSettings() {
        putOff.set(false);
        check();
    }

    /** True while the name is unset and the rep has not put the question off. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "Changes are recorded as made by "(rep's name not set)": set your name so the audit trail says who." */
    public String text() {
        return Messages.text("name.notice.text", Messages.text("audit.nameNotSet"));
    }
}
