package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.repdesk.service.RepDesk;

/**
 * The "opening your file" notice is timed only while the file is still being opened: a file opened
 * while JavaFX started (the usual start) goes straight to the window, with no pause timed before it.
 */
class OpeningNoticeTest {

    private static final Path FILE = Path.of("repdesk.db");

    @Test
    void aFileStillBeingOpenedMayKeepTheRepWaiting() {
        assertTrue(new App.EarlyOpen(FILE, false, new CompletableFuture<>(), null).mayKeepTheRepWaiting());
    }

    @Test
    void aFileOpenedWhileTheToolkitStartedKeepsNoOneWaiting() {
        CompletableFuture<RepDesk> opened = new CompletableFuture<>();
        opened.complete(null);
        assertFalse(new App.EarlyOpen(FILE, false, opened, null).mayKeepTheRepWaiting());
    }

    @Test
    void aFileThatCouldNotBeOpenedKeepsNoOneWaitingEither() {
        CompletableFuture<RepDesk> refused = new CompletableFuture<>();
        refused.completeExceptionally(new IllegalStateException("in use"));
        assertFalse(new App.EarlyOpen(FILE, false, refused, null).mayKeepTheRepWaiting());
    }

    @Test
    void aProtectedFileAsksForItsPassphraseFirst() {
        assertFalse(new App.EarlyOpen(FILE, false, null, null).mayKeepTheRepWaiting());
    }
}
