package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;

/** A casebook's address as the window title, the status line and the messages name it, in each language. */
class CasebookAddressTest {

    private Locale before;

    @BeforeEach
    void remember() {
        before = Messages.language();
    }

    @AfterEach
    void speakAsBefore() {
        Messages.setLanguage(before);
    }

    @Test
    void aCasebookIsNamedInTheLanguageRepDeskSpeaks() {
        CasebookAddress onDefaultPort = CasebookAddress.parse("postgresql://127.0.0.1/pg16_100k?user=whole_rep7");
        CasebookAddress onOtherPort = CasebookAddress.parse("postgresql://cases.example.org:5439/branch?user=jsmith");

        Messages.setLanguage(Messages.ENGLISH);
        assertEquals("pg16_100k on 127.0.0.1 (as whole_rep7)", onDefaultPort.describe());
        assertEquals("branch on cases.example.org:5439 (as jsmith)", onOtherPort.describe());

        Messages.setLanguage(Messages.WELSH);
        assertEquals("pg16_100k ar 127.0.0.1 (fel whole_rep7)", onDefaultPort.describe());
        assertEquals("branch ar cases.example.org:5439 (fel jsmith)", onOtherPort.describe());
    }
}
