package org.repdesk.ui;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;

/** English, Welsh or both, for a document the rep makes (the command line's {@code --lang}); starts in the app's language. */
final class DocumentLanguageChoice {

    private DocumentLanguageChoice() {
    }

    static ComboBox<DocumentLanguage> make(String id) {
        ComboBox<DocumentLanguage> language = new ComboBox<>();
        language.getItems().setAll(DocumentLanguage.values());
        language.setValue(DocumentLanguage.ofApp());
        language.setId(id);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentLanguage l) {
                return l == null ? "" : Messages.text("screens.document.language." + l.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public DocumentLanguage fromString(String s) {
                return null;
            }
        });
        return language;
    }
}
