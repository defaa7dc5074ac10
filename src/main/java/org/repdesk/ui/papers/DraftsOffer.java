package org.repdesk.ui.papers;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.ui.DeskState;

/**
 * At start: each note a stopped RepDesk left unsaved, shown with its words, to save on its case or
 * discard; then each long field of a case (how workload is a factor, the outcome) left unsaved, to
 * put into its case or discard. Lays out each offer of its {@link DraftsOfferViewModel}.
 */
public final class DraftsOffer {

    private DraftsOffer() {
    }

    /** Reads the drafts in the background and offers each in turn (nothing is shown when there are none). */
    public static void offer(DeskState state) {
        DraftsOfferViewModel vm = new DraftsOfferViewModel(state.desk().noteDrafts(), state.desk().cases()::today,
                Runner.of(state, state::owner), id -> state.reloadCase(id, () -> { }));
        vm.offerProperty().addListener((o, was, offer) -> {
            if (offer != null) {
                ask(state, vm, offer);
            }
        });
        vm.read();
    }

    /** Shows a draft's words, read-only, and asks what to do with it; a draft with no case can only be discarded. */
    private static void ask(DeskState state, DraftsOfferViewModel vm, DraftsOfferViewModel.Offer offer) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(offer.title());
        dialog.setHeaderText(offer.header());
        TextArea text = new TextArea(offer.words());
        text.setId("draft-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, offer.kind() == DraftsOfferViewModel.Kind.NOTE ? 260 : 220);
        Label problem = new Label(offer.problem());
        problem.setId("draft-problem");
        problem.getStyleClass().add("problems");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.setVisible(!offer.problem().isEmpty());
        problem.setManaged(problem.isVisible());
        dialog.getDialogPane().setContent(new VBox(8, text, problem));
        ButtonType save = new ButtonType(offer.saveLabel(), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.text("papers.drafts.discard"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(offer.canSave() ? List.of(save, discard) : List.of(discard));
        ButtonType chosen = dialog.showAndWait().orElse(null);
        if (chosen == save) {
            vm.save();
        } else if (chosen == discard) {
            vm.discard();
        } else {
            vm.later(); // closed without choosing: kept, and offered again at the next start
        }
    }
}
