package org.repdesk.ui.papers;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.report.DocumentPages;
import org.repdesk.service.DocumentService;
import org.repdesk.service.DocumentText;

/**
 * A document shown inside RepDesk: a PDF's first pages drawn as images, a picture as itself, and
 * for Word, OpenDocument, e-mail and text files the words read from them.
 */
public final class DocumentPreviewViewModel {

    /** Pages drawn at most; the rest are for the document's own application. */
    public static final int MAX_PAGES = 20;
    private static final float DPI = 96;

    private final ObservableList<byte[]> images = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    private record Shown(List<byte[]> images, String text, String message) {
    }

    /** Reads and prepares the document in the background. */
    public void load(CaseDocument d, DocumentService documents, Runner runner) {
        heading.set(d.kind().label() + " · " + d.title());
        loading.set(true);
        message.set(Messages.text("papers.preview.preparing"));
        runner.run(Messages.text("papers.failed.preview"), () -> prepare(d, documents.content(d)), shown -> {
            images.setAll(shown.images());
            text.set(shown.text());
            message.set(shown.message());
            loading.set(false);
        });
    }

    private static Shown prepare(CaseDocument d, byte[] bytes) throws java.io.IOException {
        if (d.format().isImage()) {
            return new Shown(List.of(bytes), "", "");
        }
        if (d.format() == org.repdesk.model.DocumentFormat.PDF) {
            try {
                DocumentPages.Rendered r = DocumentPages.of(bytes, DPI, MAX_PAGES);
                String said = r.total() > r.pages().size()
                        ? Messages.text("papers.preview.first-pages", Map.of("shown", r.pages().size(), "total", r.total()))
                        : Messages.text("papers.preview.pages", Map.of("n", r.total()));
                return new Shown(r.pages(), "", said);
            } catch (DocumentPages.PasswordProtected e) {
                return new Shown(List.of(), "", Messages.text("papers.preview.password"));
            }
        }
        String words = DocumentText.of(d.format(), bytes);
        return new Shown(List.of(), words, words.isEmpty() ? Messages.text("papers.preview.no-words")
                : Messages.text("papers.preview.words-only"));
    }

    /** PNG pages of a PDF, or the picture itself. */
    public ObservableList<byte[]> images() {
        return images;
    }

    /** The words of a document shown as text. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
