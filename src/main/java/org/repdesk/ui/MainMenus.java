package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Exporter;

/**
 * The main window's menus. Each item has its words (what a screen reader says), an id, and its
 * shortcut; the F1 list is made from these same items, so it cannot leave one out. The bar and its
 * titles are made first, the items when {@link #fill} is called.
 */
final class MainMenus {

    /** What the menu items do ({@link MenuActions}). */
    interface Actions {
        void newMember();

        void newCase();

        void save();

        void closeWindow();

        void openCasebook();

        void backToOwnFile();

        void bringFileIn();

        void importMembers();

        void export(String what, Exporter.Format format);

        void calendar();

        void caseloadReport();

        void backups();

        void find();

        void overdueCases();

        void show(Navigation.Screen screen);

        void textSize(int change);

        void reload();

        void loadCampaignDemands();

        void passphrase();

        void settings();

        void letterTemplates();

        /** Help ▸ Keyboard shortcuts: {@code lines} are every shortcut, as {@link MainMenus#shortcutLines()} gives them. */
        void shortcuts(List<String> lines);

        void guide();

        void about();
    }

    /** The exports File ▸ Export offers, in its order. */
    static final List<String> EXPORTS = List.of("members", "cases", "deadlines", "workload", "demands");

    /** Shortcuts with no menu item of their own, for the F1 list: the keys, then the bundle key of what they do. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"Ctrl+Shift+=", "shell.key.largerAlso"}, // not for reps: a key's name
            new String[] {"Ctrl+Enter", "shell.key.preview"}, // not for reps: a key's name
            new String[] {"Shift+F10", "shell.key.cardMenu"}, // not for reps: a key's name
            new String[] {"↑ ↓", "shell.key.filter"}, // not for reps: a key's name
            new String[] {"Alt+↓", "shell.key.openFilter"}, // not for reps: a key's name
            new String[] {"↓ Enter", "shell.key.picker"}, // not for reps: a key's name
            new String[] {"Enter / Space", "shell.key.tile"}, // not for reps: a key's name
            new String[] {"↑ ↓ Space", "shell.key.tickList"}, // not for reps: a key's name
            new String[] {"Alt", "shell.key.mnemonic"}, // not for reps: a key's name
            new String[] {"Tab", "shell.key.tab"}, // not for reps: a key's name
            new String[] {"Esc", "shell.key.escape"}); // not for reps: a key's name

    private final MenuBar bar;
    private final Menu file = menu("shell.menu.file");
    private final Menu edit = menu("shell.menu.edit");
    private final Menu view = menu("shell.menu.view");
    private final Menu tools = menu("shell.menu.tools");
    private final Menu help = menu("shell.menu.help");
    /** What the items do, made when they are ({@link #fill}). */
    private final Supplier<? extends Actions> actions;
    private final boolean casebook;
    private final boolean figuresOnly;
    private boolean filled;
    /** The scene {@link #fillOnFirstUse} watches, and its filter, until the items are in; null after. */
    private Scene watched;
    private EventHandler<InputEvent> firstUse;

    /**
     * The bar with its menus' titles (their mnemonics work once it is in a scene); their items,
     * shortcuts and {@code actions} come with {@link #fill}.
     *
     * @param figuresOnly a casebook's reader: what needs members', cases' or templates' rows is offered
     *     disabled (the server would refuse it), the briefs, demands log and caseload report remain
     */
    MainMenus(Supplier<? extends Actions> actions, boolean casebook, boolean figuresOnly) {
        this.actions = actions;
        this.casebook = casebook;
        this.figuresOnly = figuresOnly;
        bar = new MenuBar(file, edit, view, tools, help);
        bar.setUseSystemMenuBar(true);
    }

    /**
     * Until the items are in, the first key pressed or click in {@code scene} puts them in first, so a
     * shortcut typed as the window appears (kept by the window, for its first events) works as before,
     * its item's shortcut then being the scene's, and a click on a title opens the menu with its items.
     */
    void fillOnFirstUse(Scene scene) {
        if (filled) {
            return;
        }
        watched = scene;
        firstUse = e -> fill();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, firstUse);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, firstUse);
    }

    /** True while {@link #fillOnFirstUse}'s filters are on the scene, before the items are in. */
    boolean watchesForFirstUse() {
        return firstUse != null;
    }

    /**
     * Puts every menu's items in, with their shortcuts (once; again does nothing). At start this is
     * done just after the window's first frame, in which no menu is open: made before it, with their
     * actions (28 lambdas and MenuActions' view-models), the items held the FX thread 11-23 ms more
     * before the first frame at 100,000 cases on a busy machine (issue 21).
     */
    void fill() {
        if (filled) {
            return;
        }
        filled = true;
        if (firstUse != null) {
            // Done their work: not asked about every key and click for the rest of the window's life.
            watched.removeEventFilter(KeyEvent.KEY_PRESSED, firstUse);
            watched.removeEventFilter(MouseEvent.MOUSE_PRESSED, firstUse);
            watched = null;
            firstUse = null;
        }
        Actions act = actions.get();
        List<MenuItem> rowsOnly = new ArrayList<>();
        MenuItem ownFile = item("casebook.menu.ownFile", null, act::backToOwnFile);
        ownFile.setVisible(casebook);
        ownFile.setId("menu-own-file");
        MenuItem bringIn = item("casebook.menu.bringIn", null, act::bringFileIn);
        bringIn.setVisible(casebook);
        Menu export = new Menu(Messages.text("shell.menu.export"));
        export.setId("menu-export");
        for (String what : EXPORTS) {
            for (Exporter.Format f : Exporter.Format.values()) {
                MenuItem m = new MenuItem(Messages.text("shell.menu.exportAs", Messages.text("shell.export." + what),
                        f.name()));
                m.setId("menu-export-" + what + "-" + f.name().toLowerCase(Locale.ROOT));
                m.setOnAction(e -> act.export(what, f));
                export.getItems().add(m);
            }
        }
        MenuItem backups = item("shell.menu.backups", "Shortcut+Shift+B", act::backups);
        // A casebook's backups are its server's (pg_dump), and it has no passphrase: its logins protect it.
        backups.setDisable(casebook);
        MenuItem openCasebook = item("casebook.menu.open", "Shortcut+Shift+O", act::openCasebook);
        openCasebook.setId("menu-open-casebook");
        MenuItem newMember = item("shell.menu.newMember", "Shortcut+N", act::newMember);
        MenuItem newCase = item("shell.menu.newCase", "Shortcut+Shift+N", act::newCase);
        MenuItem save = item("shell.menu.save", "Shortcut+S", act::save);
        MenuItem importMembers = item("shell.menu.importMembers", "Shortcut+I", act::importMembers);
        MenuItem calendar = item("papers.menu.calendar", null, act::calendar);
        rowsOnly.addAll(List.of(newMember, newCase, save, bringIn, importMembers, export, calendar));
        file.getItems().setAll(newMember, newCase, new SeparatorMenuItem(), save, new SeparatorMenuItem(),
                openCasebook, ownFile, bringIn, new SeparatorMenuItem(), importMembers, export, calendar,
                item("boards.dash.report", null, act::caseloadReport), new SeparatorMenuItem(), backups,
                new SeparatorMenuItem(), item("shell.menu.close", "Shortcut+W", act::closeWindow));
        MenuItem find = item("shell.menu.find", "Shortcut+F", act::find);
        MenuItem overdue = item("shell.menu.overdue", "Shortcut+D", act::overdueCases);
        rowsOnly.addAll(List.of(find, overdue));
        edit.getItems().setAll(find, overdue);
        List<MenuItem> screens = new ArrayList<>();
        for (Navigation.Screen s : Navigation.Screen.values()) {
            if (s.buttonId() != null) {
                MenuItem m = new MenuItem(s.title());
                m.setId("menu-" + s.buttonId());
                shortcut(m, s.accelerator);
                m.setOnAction(e -> act.show(s));
                if (!Navigation.FIGURES_ONLY.contains(s)) {
                    rowsOnly.add(m);
                }
                screens.add(m);
            }
        }
        screens.addAll(List.of(new SeparatorMenuItem(),
                keyed("shell.menu.larger", TextSize.LARGER, () -> act.textSize(+1)),
                keyed("shell.menu.smaller", TextSize.SMALLER, () -> act.textSize(-1)),
                item("shell.menu.normalSize", "Shortcut+Shift+0", () -> act.textSize(0)),
                new SeparatorMenuItem(), item("shell.menu.reload", "F5", act::reload)));
        view.getItems().setAll(screens);
        MenuItem passphrase = item("shell.menu.passphrase", "Shortcut+Shift+P", act::passphrase);
        passphrase.setDisable(casebook);
        MenuItem retention = item("shell.menu.retention", Navigation.Screen.RETENTION.accelerator,
                () -> act.show(Navigation.Screen.RETENTION));
        MenuItem templates = item("letters.menu.templates", "Shortcut+Shift+L", act::letterTemplates);
        rowsOnly.addAll(List.of(retention, templates));
        tools.getItems().setAll(item("shell.menu.loadDemands", null, act::loadCampaignDemands),
                new SeparatorMenuItem(), retention, passphrase, new SeparatorMenuItem(), templates,
                item("shell.menu.settings", "Shortcut+Comma", act::settings));
        help.getItems().setAll(item("shell.menu.shortcuts", "F1", () -> act.shortcuts(shortcutLines())),
                item("shell.menu.guide", "Shift+F1", act::guide), new SeparatorMenuItem(),
                item("shell.menu.about", null, act::about));
        if (figuresOnly) {
            rowsOnly.forEach(i -> i.setDisable(true));
        }
    }

    MenuBar bar() {
        return bar;
    }

    /**
     * Every shortcut, for Help ▸ Keyboard shortcuts: the menus' own (as each menu shows it), then
     * those that work inside a screen.
     */
    List<String> shortcutLines() {
        List<String> lines = new ArrayList<>();
        for (MenuItem m : allItems().stream().filter(i -> i.getAccelerator() != null).toList()) {
            lines.add(m.getAccelerator().getDisplayText() + "   " + m.getText().replace("_", ""));
        }
        for (String[] k : OTHER_KEYS) {
            lines.add(k[0] + "   " + Messages.text(k[1]));
        }
        return lines;
    }

    /** Every item of every menu, submenus' included (for tests: each has words). */
    List<MenuItem> allItems() {
        List<MenuItem> all = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, all);
        }
        return all;
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof SeparatorMenuItem) {
                continue;
            }
            into.add(i);
            if (i instanceof Menu sub) {
                collect(sub, into);
            }
        }
    }

    private static Menu menu(String key) {
        Menu m = new Menu(Messages.text(key));
        m.setId("menu-" + key.substring(key.lastIndexOf('.') + 1));
        return m;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        return keyed(key, accelerator == null ? null : KeyCombination.keyCombination(accelerator), action);
    }

    private static MenuItem keyed(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.text(key));
        item.setId("menu-" + key.substring(key.lastIndexOf('.') + 1));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void shortcut(MenuItem item, String accelerator) {
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
    }
}
