package org.repdesk.ui.papers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.service.NoteDrafts;
import org.repdesk.ui.DeskState;

/** At start: each note a stopped RepDesk left unsaved, shown with its words, to save on its case or discard. */
public final class DraftsOffer {

    private DraftsOffer() {
    }

    /** Reads the drafts in the background and offers each in turn (nothing is shown when there are none). */
    public static void offer(DeskState state) {
        state.background().run(state.owner(), Messages.text("papers.failed.read"), () -> state.desk().noteDrafts().left(),
                left -> next(state, new ArrayDeque<>(left)));
    }

    private static void next(DeskState state, Deque<NoteDrafts.Left> queue) {
        NoteDrafts.Left left = queue.poll();
        if (left == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(Messages.text("papers.drafts.title"));
        String reference = left.caseFile().map(CaseFile::reference).orElse(Messages.text("papers.drafts.no-case"));
        dialog.setHeaderText(Messages.text("papers.drafts.header", Map.of("reference", reference)));
        TextArea text = new TextArea(left.summary() + (left.note().isEmpty() ? "" : "\n\n" + left.note()));
        text.setId("draft-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, 260);
        dialog.getDialogPane().setContent(text);
        ButtonType save = new ButtonType(Messages.text("papers.drafts.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.text("papers.drafts.discard"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(left.caseFile().isPresent() ? List.of(save, discard)
                : List.of(discard));
        ButtonType chosen = dialog.showAndWait().orElse(null);
        if (chosen == save) {
            state.background().run(state.owner(), Messages.text("papers.failed.save"), () -> state.desk().noteDrafts()
                    .saveAsNote(left, Messages.text("papers.drafts.recovered"), state.desk().cases().today()),
                    saved -> next(state, queue));
        } else if (chosen == discard) {
            state.background().run(state.owner(), Messages.text("papers.failed.save"), () -> {
                state.desk().noteDrafts().discard(left.key());
                return null;
            }, x -> next(state, queue));
        } else {
            next(state, queue); // closed without choosing: kept, and offered again at the next start
        }
    }
}
