package org.repdesk.ui.papers;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.service.NoteDrafts;
import org.repdesk.ui.common.Saving;

/**
 * What a stopped RepDesk left unsaved, offered back at the next start one at a time: first each
 * note (to save on its case as a note, or discard), then each long field of a case (how workload
 * is a factor, the outcome: to put back into its case, or discard). Closing the offer without
 * choosing keeps the draft for the next start. Store work goes through the {@link Runner}.
 */
public final class DraftsOfferViewModel {

    /** Whether an offer is a note or a case's long field (the view gives a note more room). */
    public enum Kind { NOTE, FIELD }

    /**
     * One draft offered: the window's title, the heading (which case, which field), the words typed,
     * what Save is called, whether it can be saved (its case still exists) and, after a refused save,
     * why ("" otherwise). {@code time} counts the offers made, so a draft offered again after the
     * same refusal is still a new offer to show.
     */
    public record Offer(Kind kind, String key, String title, String header, String words, String saveLabel,
            boolean canSave, String problem, int time) {

        Offer refused(String why, int time) {
            return new Offer(kind, key, title, header, words, saveLabel, canSave, why, time);
        }
    }

    private record Left(List<NoteDrafts.Left> notes, List<NoteDrafts.FieldLeft> fields) {
    }

    private final NoteDrafts drafts;
    private final Supplier<LocalDate> today;
    private final Runner runner;
    private final Consumer<UUID> caseChanged;
    private final Deque<NoteDrafts.Left> notes = new ArrayDeque<>();
    private final Deque<NoteDrafts.FieldLeft> fields = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private NoteDrafts.Left note;
    private NoteDrafts.FieldLeft field;
    private int offers;

    /**
     * @param today       the date a note saved from a draft is dated
     * @param caseChanged told the id of a case a field was put back into (to show it again)
     */
    public DraftsOfferViewModel(NoteDrafts drafts, Supplier<LocalDate> today, Runner runner, Consumer<UUID> caseChanged) {
        this.drafts = drafts;
        this.today = today;
        this.runner = runner;
        this.caseChanged = caseChanged;
    }

    /** Reads what was left unsaved and offers the first (nothing is offered when nothing was left). */
    public void read() {
        runner.run(Messages.text("papers.failed.read"), () -> new Left(drafts.left(), drafts.fieldsLeft()), left -> {
            notes.addAll(left.notes());
            fields.addAll(left.fields());
            next();
        });
    }

    /** The draft on offer; null once every draft has been answered. */
    public ReadOnlyObjectProperty<Offer> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /**
     * Saves the draft on offer into its case (a note as a new note dated today, a field into the
     * field), then offers the next. A refusal (a summary too long to save, the case changed
     * elsewhere) offers the same draft again with the reason, kept.
     */
    public void save() {
        Offer shown = offer.get();
        if (shown == null || !shown.canSave()) {
            return;
        }
        if (note != null) {
            NoteDrafts.Left saving = note;
            Saving.run(runner, Messages.text("papers.failed.save"), () -> drafts.saveAsNote(saving,
                    today.get()), outcome -> {
                        if (outcome.refusal() != null) {
                            offer.set(shown.refused(outcome.refusal(), ++offers));
                        } else {
                            next();
                        }
                    });
        } else {
            NoteDrafts.FieldLeft saving = field;
            Saving.run(runner, Messages.text("papers.failed.save"), () -> drafts.saveIntoCase(saving), outcome -> {
                if (outcome.refusal() != null) {
                    offer.set(shown.refused(outcome.refusal(), ++offers));
                } else {
                    caseChanged.accept(outcome.saved().id());
                    next();
                }
            });
        }
    }

    /** Forgets the draft on offer, then offers the next. */
    public void discard() {
        Offer shown = offer.get();
        if (shown == null) {
            return;
        }
        runner.run(Messages.text("papers.failed.save"), () -> {
            drafts.discard(shown.key());
            return shown;
        }, x -> next());
    }

    /** Closed without choosing: the draft is kept, offered again at the next start; the next one is offered now. */
    public void later() {
        if (offer.get() != null) {
            next();
        }
    }

    private void next() {
        note = notes.poll();
        field = note == null ? fields.poll() : null;
        if (note != null) {
            offer.set(new Offer(Kind.NOTE, note.key(), Messages.text("papers.drafts.title"),
                    Messages.text("papers.drafts.header", Map.of("reference", reference(note.caseFile().orElse(null)))),
                    note.summary() + (note.note().isEmpty() ? "" : "\n\n" + note.note()),
                    Messages.text("papers.drafts.save"), note.caseFile().isPresent(), "", ++offers));
        } else if (field != null) {
            offer.set(new Offer(Kind.FIELD, field.key(), Messages.text("papers.drafts.field-title"),
                    Messages.text("papers.drafts.field-header", Map.of("reference",
                            reference(field.caseFile().orElse(null)), "field", field.field().label())),
                    field.text(), Messages.text("papers.drafts.put-back"), field.caseFile().isPresent(), "", ++offers));
        } else {
            offer.set(null);
        }
    }

    private static String reference(CaseFile c) {
        return c == null ? Messages.text("papers.drafts.no-case") : c.reference();
    }
}
