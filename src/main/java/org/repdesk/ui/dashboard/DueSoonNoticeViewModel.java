package org.repdesk.ui.dashboard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.service.HearingService;
import org.repdesk.ui.papers.DueSoonText;
import org.repdesk.ui.papers.Runner;

/**
 * The dashboard's notice of what falls due today and in the next two working days. It replaced a
 * dialog at start that stood over the dashboard until answered: the notice says the same above
 * the tiles, and the rep may hide it until what falls due changes.
 */
public final class DueSoonNoticeViewModel {

    private record Read(List<HearingService.DueSoon> due, String text) {
    }

    private final HearingService hearings;
    private final Runner runner;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObjectProperty<List<HearingService.DueSoon>> due = new SimpleObjectProperty<>(List.of());
    /** What was due when the rep hid the notice; null while it is not hidden. */
    private final ObjectProperty<List<HearingService.DueSoon>> hiddenWhen = new SimpleObjectProperty<>();
    private final BooleanBinding shown;
    private final BooleanBinding anythingDue;

    public DueSoonNoticeViewModel(HearingService hearings, Runner runner) {
        this.hearings = hearings;
        this.runner = runner;
        shown = Bindings.createBooleanBinding(() -> !text.get().isEmpty() && !due.get().equals(hiddenWhen.get()),
                text, due, hiddenWhen);
        anythingDue = Bindings.createBooleanBinding(() -> !due.get().isEmpty(), due);
    }

    /** "2 things fall due today or in the next two working days (to Wednesday 25/11):" and one line each. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** False once hidden, until what falls due changes. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** True when something falls due (the notice then stands out). */
    public BooleanBinding anythingDueProperty() {
        return anythingDue;
    }

    /**
     * Reads what falls due (and the last working day it looks to) in the background, and words it
     * there too: at start-up the notice's first wording (the JDK's day names loaded, the plurals'
     * formats made) was 10-30 ms of the FX thread while the lists were being read (issue 21).
     */
    public void reload() {
        runner.run(Messages.text("papers.failed.read"), () -> {
            List<HearingService.DueSoon> read = List.copyOf(hearings.dueSoon());
            return new Read(read, DueSoonText.text(read, hearings.soonUntil()));
        }, read -> {
            text.set(read.text());
            // An equal list read again is not set: set, it invalidated the notice's shown binding, and with it the
            // notice's managed property, which lays the whole dashboard out again (each return to it, issue 21).
            if (!read.due().equals(due.get())) {
                due.set(read.due());
            }
        });
    }

    /** Hides the notice until what falls due changes. */
    public void hide() {
        hiddenWhen.set(due.get());
    }
}
