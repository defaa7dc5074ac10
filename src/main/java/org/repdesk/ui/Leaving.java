package org.repdesk.ui;

/**
 * Why what is typed in a window would be lost, so the question asked first can say what Discard does:
 * the window itself closes, RepDesk closes, or the main window goes to another desk (File ▸ Open branch
 * casebook…, File ▸ Back to my own data file) and the windows showing the desk it leaves close with it.
 */
public enum Leaving {
    /** The window closes on its own (its close box, Esc, Ctrl+W). */
    WINDOW,
    /** RepDesk closes: its main window's close box, Ctrl+W there, quitting. */
    APP,
    /** The main window goes to a branch casebook. */
    TO_CASEBOOK,
    /** The main window goes back to the rep's own data file. */
    TO_OWN_FILE;

    /** The main window goes to another desk (the app stays open). */
    public boolean toAnotherDesk() {
        return this == TO_CASEBOOK || this == TO_OWN_FILE;
    }
}
