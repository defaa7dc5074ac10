package org.repdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the screens ask of the rep in a window of its own: confirm, inform, warn, choose a file or a
 * folder. Passed in (see {@link DeskState#dialogs()}), so a test answers "Delete this case?" without
 * a window; {@link FxDialogs} shows them over the main window, centred and fully on screen.
 */
public interface Dialogs {

    /** A kind of file a chooser offers, e.g. "CSV files" with {@code *.csv}. */
    record FileType(String description, List<String> patterns) {

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }

    /** What the rep chose when asked about a form's typed changes not yet saved. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /**
     * Before a form with typed, unsaved changes closes or shows something else: Save, Discard, or
     * Cancel (back to the form, also what closing the question gives). {@code what} names the form's
     * record for the question: "the case 2026-0042", "the member Siân Evans".
     */
    Unsaved askAboutUnsaved(String what);

    /**
     * As {@link #askAboutUnsaved(String)}, told {@code why} the form would go, so that the question says
     * where Discard leads (the main window going to a branch casebook, say); a stand-in that does not say
     * it asks as the plain question.
     */
    default Unsaved askAboutUnsaved(String what, Leaving why) {
        return askAboutUnsaved(what);
    }

    /** Asks before something destructive; true only when the rep chose {@code action} (Cancel is the default). */
    boolean confirm(String header, String detail, String action);

    /**
     * As {@link #confirm(String, String, String)}, the other answer (the default) named {@code stay}
     * ("Keep editing") instead of Cancel; a stand-in that does not say it answers as the plain confirm.
     */
    default boolean confirm(String header, String detail, String action, String stay) {
        return confirm(header, detail, action);
    }

    /** Tells the rep something went as asked, one line each. */
    void inform(String header, List<String> lines);

    /** Tells the rep something is not right (nothing was changed), one line each. */
    void warn(String header, List<String> lines);

    /** Tells the rep a piece of work failed, in words: validation problems listed, never a stack trace. */
    void failed(String header, Throwable error);

    /** A file to read; empty when the rep cancels. Starts in the rep's Documents folder (or home). */
    Optional<Path> chooseFileToOpen(String title, FileType type);

    /**
     * A file to read, the chooser starting in {@code folder} where that is a folder (a data file to
     * bring into a casebook starts in RepDesk's data folder, where such files are kept).
     */
    default Optional<Path> chooseFileToOpen(String title, FileType type, Path folder) {
        return chooseFileToOpen(title, type);
    }

    /** Several files to read (Add… in a case's papers); empty when the rep cancels. Starts as {@link #chooseFileToOpen} does. */
    List<Path> chooseFilesToOpen(String title, FileType type);

    /** Where to write a file, {@code suggestedName} offered; empty when the rep cancels. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type);

    /** A folder (to write into); empty when the rep cancels. */
    Optional<Path> chooseFolder(String title);
}
