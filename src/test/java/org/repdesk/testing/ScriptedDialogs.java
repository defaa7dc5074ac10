package org.repdesk.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.repdesk.ui.Dialogs;

/**
 * The rep's answers given in advance, and what RepDesk said noted down: a test stands in for the
 * dialogs without a window. An unexpected question fails the test rather than being answered.
 */
public final class ScriptedDialogs implements Dialogs {

    /** One thing RepDesk said: its kind ("confirm", "inform", "warn", "failed"), heading and lines. */
    public record Said(String kind, String header, List<String> lines) {
    }

    private final List<Said> said = new ArrayList<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<Unsaved> unsaved = new ArrayDeque<>();

    /** The next confirmation is answered yes (true) or Cancel (false). */
    public ScriptedDialogs answering(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    /** The next "Save the changes to …?" is answered {@code answer}. */
    public ScriptedDialogs answeringUnsaved(Unsaved answer) {
        unsaved.add(answer);
        return this;
    }

    /** The next file or folder chooser returns {@code file} (null: the rep cancels). */
    public ScriptedDialogs choosing(Path file) {
        files.add(Optional.ofNullable(file));
        return this;
    }

    /** Everything said so far, in order. */
    public List<Said> said() {
        return List.copyOf(said);
    }

    /** The last thing said. */
    public Said last() {
        if (said.isEmpty()) {
            throw new AssertionError("RepDesk said nothing");
        }
        return said.get(said.size() - 1);
    }

    @Override
    public boolean confirm(String header, String detail, String action) {
        said.add(new Said("confirm", header, List.of(detail, action)));
        if (confirmations.isEmpty()) {
            throw new AssertionError("not expected to be asked: " + header);
        }
        return confirmations.poll();
    }

    @Override
    public Unsaved askAboutUnsaved(String what) {
        said.add(new Said("unsaved", what, List.of()));
        if (unsaved.isEmpty()) {
            throw new AssertionError("not expected to be asked about unsaved changes to " + what);
        }
        return unsaved.poll();
    }

    @Override
    public void inform(String header, List<String> lines) {
        said.add(new Said("inform", header, List.copyOf(lines)));
    }

    @Override
    public void warn(String header, List<String> lines) {
        said.add(new Said("warn", header, List.copyOf(lines)));
    }

    @Override
    public void failed(String header, Throwable error) {
        said.add(new Said("failed", header, List.of(String.valueOf(error.getMessage()))));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        return nextFile(title);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        return nextFile(title).map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        return nextFile(title);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return nextFile(title);
    }

    private Optional<Path> nextFile(String title) {
        said.add(new Said("choose", title, List.of()));
        if (files.isEmpty()) {
            throw new AssertionError("not expected to choose a file: " + title);
        }
        return files.poll();
    }
}
