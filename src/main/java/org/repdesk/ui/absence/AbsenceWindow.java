package org.repdesk.ui.absence;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.AbsenceService;
import org.repdesk.ui.Background;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.FxDialogs;

/** A member's absence record in a window of its own, reached from the member and from a sickness-absence case. */
public final class AbsenceWindow {

    private AbsenceWindow() {
    }

    /** Store work on the app's background worker; the result back on the FX thread. */
    public static AbsenceViewModel.Runner runner(Background background, Window owner) {
        return new AbsenceViewModel.Runner() {
            @Override
            public <T> void run(String failure, AbsenceViewModel.Job<T> job, Consumer<T> done) {
                background.run(owner, failure, job::run, done);
            }
        };
    }

    /**
     * As big as its owner less a margin, within the screen: a fixed 1000x640 did not grow on a 1280x800
     * screen and its list scrolled sideways at both sizes (issue 20). Placed by the app's own rule
     * (centred on the owner, fully on screen) as it is shown.
     */
    static javafx.geometry.Rectangle2D sizeOver(Window owner, javafx.geometry.Rectangle2D screen) {
        return sizeOver(owner == null ? 0 : owner.getWidth(), owner == null ? 0 : owner.getHeight(), screen);
    }

    /** Over an owner {@code width} x {@code height}: never smaller than the 1000x640 it was, nor larger than the screen. */
    static javafx.geometry.Rectangle2D sizeOver(double width, double height, javafx.geometry.Rectangle2D screen) {
        return new javafx.geometry.Rectangle2D(0, 0, Math.min(Math.max(width - MARGIN, 1000), screen.getWidth()),
                Math.min(Math.max(height - MARGIN, 640), screen.getHeight()));
    }

    /** Space left round the window, so the owner behind it shows it is a window of its own. */
    private static final double MARGIN = 24;

    private static javafx.geometry.Rectangle2D screenOf(Window owner) {
        return owner == null ? javafx.stage.Screen.getPrimary().getVisualBounds()
                : org.repdesk.ui.WindowPlacement.screenOf(owner);
    }

    public static Stage show(Window owner, Background background, AbsenceService service, Member member) {
        Stage stage = new Stage();
        AbsenceViewModel vm = new AbsenceViewModel(service, runner(background, stage));
        Dialogs dialogs = new FxDialogs(() -> stage); // over the absence window, not the main one behind it
        AbsenceView view = new AbsenceView(vm, (question, detail) -> dialogs.confirm(question, detail,
                Messages.text("absence.ui.delete")), (question, detail) -> dialogs.confirm(question, detail,
                        Messages.text("absence.ui.close.discard"), Messages.text("absence.ui.close.keepEditing")));
        stage.initOwner(owner);
        stage.setTitle(Messages.text("absence.ui.title", java.util.Map.of("name", member.name(), "number",
                member.membershipNumber())));
        javafx.geometry.Rectangle2D size = sizeOver(owner, screenOf(owner));
        stage.setScene(new Scene(view, size.getWidth(), size.getHeight()));
        stage.setMinWidth(Math.min(760, size.getWidth()));
        stage.setMinHeight(Math.min(480, size.getHeight()));
        // Esc, Ctrl+W, the close box, the main window closing or going to another desk ask first when an
        // absence is half-typed.
        org.repdesk.ui.WindowClosing.asks(stage, why -> vm.mayClose((question, detail) -> {
            org.repdesk.ui.WindowClosing.toFrontToAsk(stage); // the main window closing: show what is asked about
            return dialogs.confirm(question, detail, Messages.text("absence.ui.close.discard"),
                    Messages.text("absence.ui.close.keepEditing"));
        }, why));
        vm.show(member);
        stage.show();
        return stage;
    }
}
