package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/** Cancel and Close speak the rep's language, where JavaFX's own speak English only. */
class ButtonsTest {

    private Locale before;

    @BeforeEach
    void welsh() {
        before = Messages.language();
        Messages.setLanguage(Messages.WELSH);
    }

    @AfterEach
    void back() {
        Messages.setLanguage(before);
    }

    @Test
    void cancelAndCloseAreInWelshAndStillCloseTheDialog() {
        assertEquals(List.of("Canslo", "Cau"), List.of(Buttons.cancel().getText(), Buttons.close().getText()));
        assertEquals(ButtonBar.ButtonData.CANCEL_CLOSE, Buttons.cancel().getButtonData());
        assertEquals(ButtonBar.ButtonData.CANCEL_CLOSE, Buttons.close().getButtonData());
    }
}
