package org.repdesk.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;

/**
 * The rep's dialogs as JavaFX windows over the main window. Every window RepDesk opens is centred
 * on its owner and kept fully on screen by {@link WindowPlacement} (installed with {@link Styling}).
 */
public final class FxDialogs implements Dialogs {

    /** Longer than this, a list is shown in a scrolling box rather than as the alert's text. */
    private static final int LINES_IN_TEXT = 12;
    private final Supplier<Window> owner;
    /** The folder a chooser last went to: the next one starts there (this session only). */
    private Path lastFolder;

    /** Over the window {@code owner} gives at the time each dialog opens (it may change, e.g. to a casebook). */
    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String detail, String action) {
        return Alerts.confirm(owner(), header, detail, action);
    }

    @Override
    public boolean confirm(String header, String detail, String action, String stay) {
        return Alerts.confirm(owner(), header, detail, action, stay);
    }

    @Override
    public Unsaved askAboutUnsaved(String what) {
        return askAboutUnsaved(what, Leaving.WINDOW);
    }

    @Override
    public Unsaved askAboutUnsaved(String what, Leaving why) {
        ButtonType save = new ButtonType(Messages.text("papers.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("papers.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.text("papers.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        // Going to another desk: Discard says where it goes; closing, as ever.
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.text(switch (why) {
                    case TO_CASEBOOK -> "papers.unsaved.detail.toCasebook";
                    case TO_OWN_FILE -> "papers.unsaved.detail.toOwnFile";
                    case WINDOW, APP -> "papers.unsaved.detail";
                }), save, discard, cancel);
        alert.initOwner(owner());
        alert.setTitle(Messages.text("papers.unsaved.title"));
        alert.setHeaderText(Messages.text("papers.unsaved.header", Map.of("what", what)));
        alert.getDialogPane().lookupButton(save).setId("unsaved-save");
        alert.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        alert.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Unsaved.SAVE : chosen == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public void inform(String header, List<String> lines) {
        show(Alert.AlertType.INFORMATION, header, lines);
    }

    @Override
    public void warn(String header, List<String> lines) {
        show(Alert.AlertType.WARNING, header, lines);
    }

    @Override
    public void failed(String header, Throwable error) {
        Alerts.failed(owner(), header, error);
    }

    private void show(Alert.AlertType type, String header, List<String> lines) {
        Alert alert = new Alert(type);
        alert.initOwner(owner());
        alert.setTitle(Messages.text("shell.dialog.title"));
        alert.setHeaderText(header);
        if (lines.size() > LINES_IN_TEXT) {
            TextArea list = new TextArea(String.join("\n", lines));
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefRowCount(14);
            list.setPrefColumnCount(70);
            alert.getDialogPane().setContent(list);
        } else {
            alert.setContentText(String.join("\n", lines));
        }
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        FileChooser chooser = fileChooser(title, type);
        return remember(chooser.showOpenDialog(owner()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type, Path folder) {
        FileChooser chooser = fileChooser(title, type);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return remember(chooser.showOpenDialog(owner()));
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        FileChooser chooser = fileChooser(title, type);
        List<File> chosen = chooser.showOpenMultipleDialog(owner());
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        remember(chosen.get(0));
        return chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = fileChooser(title, type);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder().toFile());
        File folder = chooser.showDialog(owner());
        if (folder != null) {
            lastFolder = folder.toPath();
        }
        return Optional.ofNullable(folder).map(File::toPath);
    }

    /**
     * The window the rep is working in: a dialog asked from a modal window (a document's preview, a
     * letter's form, the letter templates) belongs over that window, not behind it over the main one,
     * and gives the keyboard back to it when answered.
     */
    private Window owner() {
        // A modal window open (a dialog over the main window) is the one in use: the windows under it
        // take no input, and one may still count as focused (so Monocle says of the main window).
        Window modal = null;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w instanceof javafx.stage.Stage s && s.getModality() != javafx.stage.Modality.NONE) {
                modal = w; // the last shown is on top
            }
        }
        if (modal != null) {
            return modal;
        }
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.isFocused() && !(w instanceof javafx.stage.PopupWindow)) {
                return w;
            }
        }
        return owner.get();
    }

    private FileChooser fileChooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        chooser.setInitialDirectory(startFolder().toFile());
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            lastFolder = chosen.getParentFile().toPath();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** The folder last chosen, else the rep's Documents folder, else their home (never the program's folder). */
    Path startFolder() {
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            return lastFolder;
        }
        return documentsFolder(Path.of(System.getProperty("user.home")));
    }

    /**
     * {@code home}'s Documents folder: the one the Linux desktop names in {@code user-dirs.dirs}
     * (it may be "Dogfennau" on a Welsh desktop), else {@code Documents} (Windows, macOS, most
     * Linux desktops), else {@code home} itself.
     */
    static Path documentsFolder(Path home) {
        Path named = xdgDocuments(home);
        if (named != null && Files.isDirectory(named)) {
            return named;
        }
        Path documents = home.resolve("Documents"); // not for reps: the folder's name on disk
        return Files.isDirectory(documents) ? documents : home;
    }

    private static Path xdgDocuments(Path home) {
        Path dirs = home.resolve(".config").resolve("user-dirs.dirs");
        if (!Files.isReadable(dirs)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(dirs)) {
                String t = line.strip();
                if (t.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = t.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                    return value.startsWith("$HOME") ? home.resolve(value.substring(5).replaceFirst("^/", ""))
                            : Path.of(value);
                }
            }
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return null; // the plain Documents folder, or home, will do
        }
        return null;
    }
}
