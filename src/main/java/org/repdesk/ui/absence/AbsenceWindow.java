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

    public static Stage show(Window owner, Background background, AbsenceService service, Member member) {
        Stage stage = new Stage();
        AbsenceViewModel vm = new AbsenceViewModel(service, runner(background, stage));
        Dialogs dialogs = new FxDialogs(() -> stage); // over the absence window, not the main one behind it
        AbsenceView view = new AbsenceView(vm, (question, detail) -> dialogs.confirm(question, detail,
                Messages.text("absence.ui.delete")));
        stage.initOwner(owner);
        stage.setTitle(Messages.text("absence.ui.title", java.util.Map.of("name", member.name(), "number",
                member.membershipNumber())));
        stage.setScene(new Scene(view, 1000, 640));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        vm.show(member);
        stage.show();
        return stage;
    }
}
