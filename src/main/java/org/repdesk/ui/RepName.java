package org.repdesk.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.service.SettingsService;
import org.repdesk.ui.papers.Runner;

/**
 * The rep's name as the data file holds it, held once for the window. The welcome, Settings and the
 * dashboard's notice each read or wrote it on their own, so the notice still said "(rep's name not
 * set)" under the welcome's "Thank you, Siân Rees", and after Settings' Save and F5 (issue 20):
 * whoever saves the name says so here, and the name is read again from the file.
 */
public final class RepName {

    private final Supplier<SettingsService> settings;
    private final Runner runner;
    /** Null until first read; empty while the file holds no name. */
    private final ReadOnlyObjectWrapper<Optional<String>> held = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding unset = Bindings.createBooleanBinding(
            () -> held.get() != null && held.get().map(String::isBlank).orElse(true), held);
    private final ReadOnlyBooleanWrapper askedInWelcome = new ReadOnlyBooleanWrapper(false);
    private final ReadAtStart readAtStart;

    /** The name as read while the window was built (see {@link FirstRead#repName}). */
    @FunctionalInterface
    public interface ReadAtStart {
        /** Gives {@code show} that reading, at once or once it is in, and says true; false once the start is over. */
        boolean give(java.util.function.Consumer<Optional<String>> show);
    }

    public RepName(Supplier<SettingsService> settings, Runner runner) {
        this(settings, runner, show -> false);
    }

    public RepName(Supplier<SettingsService> settings, Runner runner, ReadAtStart readAtStart) {
        this.settings = settings;
        this.runner = runner;
        this.readAtStart = readAtStart;
    }

    /**
     * Reads the name (in a casebook the login's own entry) off the FX thread; at start-up the reading
     * made while the window was built, so the dashboard's first frame shows the notice asking for it.
     */
    public void read() {
        if (!readAtStart.give(held::set)) {
            runner.run(Messages.text("name.notice.failed"), () -> settings.get().repName(), held::set);
        }
    }

    /** After the name was saved (the welcome, Settings): read again, so every screen follows the file. */
    public void changed() {
        read();
    }

    /** The name as last read; null until read, empty while none is set. */
    public ReadOnlyObjectProperty<Optional<String>> property() {
        return held.getReadOnlyProperty();
    }

    /** True once read and found unset (false before the first read: nothing is asked on a guess). */
    public BooleanBinding unsetProperty() {
        return unset;
    }

    /** A first run: the welcome asks for the name, so nothing else asks again in this session. */
    public void askedInWelcome() {
        askedInWelcome.set(true);
    }

    public ReadOnlyBooleanProperty askedInWelcomeProperty() {
        return askedInWelcome.getReadOnlyProperty();
    }
}
