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

/**
 * At start: each note a stopped RepDesk left unsaved, shown with its words, to save on its case or
 * discard; then each long field of a case (how workload is a factor, the outcome) left unsaved, to
 * put into its case or discard.
 */
public final class DraftsOffer {

    private DraftsOffer() {
    }

    /** Reads the drafts in the background and offers each in turn (nothing is shown when there are none). */
    public static void offer(DeskState state) {
        state.background().run(state.owner(), Messages.text("papers.failed.read"), () -> new Left(
                state.desk().noteDrafts().left(), state.desk().noteDrafts().fieldsLeft()),
                left -> next(state, new ArrayDeque<>(left.notes()), new ArrayDeque<>(left.fields())));
    }

    private record Left(List<NoteDrafts.Left> notes, List<NoteDrafts.FieldLeft> fields) {
    }

    private static void next(DeskState state, Deque<NoteDrafts.Left> queue, Deque<NoteDrafts.FieldLeft> fields) {
        NoteDrafts.Left left = queue.poll();
        if (left == null) {
            nextField(state, fields);
            return;
        }
        String reference = left.caseFile().map(CaseFile::reference).orElse(Messages.text("papers.drafts.no-case"));
        Choice chosen = ask(state, Messages.text("papers.drafts.title"),
                Messages.text("papers.drafts.header", Map.of("reference", reference)),
                left.summary() + (left.note().isEmpty() ? "" : "\n\n" + left.note()), 260,
                Messages.text("papers.drafts.save"), left.caseFile().isPresent());
        if (chosen == Choice.SAVE) {
            state.background().run(state.owner(), Messages.text("papers.failed.save"), () -> state.desk().noteDrafts()
                    .saveAsNote(left, Messages.text("papers.drafts.recovered"), state.desk().cases().today()),
                    saved -> next(state, queue, fields));
        } else if (chosen == Choice.DISCARD) {
            discard(state, left.key(), () -> next(state, queue, fields));
        } else {
            next(state, queue, fields); // closed without choosing: kept, and offered again at the next start
        }
    }

    private static void nextField(DeskState state, Deque<NoteDrafts.FieldLeft> queue) {
        NoteDrafts.FieldLeft left = queue.poll();
        if (left == null) {
            return;
        }
        String reference = left.caseFile().map(CaseFile::reference).orElse(Messages.text("papers.drafts.no-case"));
        Choice chosen = ask(state, Messages.text("papers.drafts.field-title"),
                Messages.text("papers.drafts.field-header", Map.of("reference", reference, "field", left.field().label())),
                left.text(), 220, Messages.text("papers.drafts.put-back"), left.caseFile().isPresent());
        if (chosen == Choice.SAVE) {
            state.background().run(state.owner(), Messages.text("papers.failed.save"),
                    () -> state.desk().noteDrafts().saveIntoCase(left), saved -> {
                        state.reloadCase(saved.id(), () -> { });
                        nextField(state, queue);
                    });
        } else if (chosen == Choice.DISCARD) {
            discard(state, left.key(), () -> nextField(state, queue));
        } else {
            nextField(state, queue); // closed without choosing: kept, and offered again at the next start
        }
    }

    /** The rep's answer to one draft; LATER when the dialog was closed without choosing. */
    private enum Choice {
        SAVE, DISCARD, LATER
    }

    /** Shows a draft's words, read-only, and asks what to do with it; a draft with no case can only be discarded. */
    private static Choice ask(DeskState state, String title, String header, String words, double height,
            String saveLabel, boolean onACase) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(state.owner());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        TextArea text = new TextArea(words);
        text.setId("draft-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(560, height);
        dialog.getDialogPane().setContent(text);
        ButtonType save = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.text("papers.drafts.discard"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(onACase ? List.of(save, discard) : List.of(discard));
        ButtonType chosen = dialog.showAndWait().orElse(null);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.LATER;
    }

    private static void discard(DeskState state, String key, Runnable then) {
        state.background().run(state.owner(), Messages.text("papers.failed.save"), () -> {
            state.desk().noteDrafts().discard(key);
            return null;
        }, x -> then.run());
    }
}
