package org.repdesk.ui;

import java.util.List;
import javafx.stage.Stage;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Exporter;
import org.repdesk.ui.Navigation.Screen;
import org.repdesk.ui.casebook.BringFileIn;
import org.repdesk.ui.casebook.BringFileInViewModel;
import org.repdesk.ui.papers.CalendarExportDialog;
import org.repdesk.ui.papers.LetterTemplatesDialog;

/**
 * What the main window's menus do: a screen selected on {@link Navigation} (through {@link Screens}
 * when something is to be done there), a form's save, or a dialog opened. Each is another class's
 * work, named here.
 */
final class MenuActions implements MainMenus.Actions {

    private final Stage stage;
    private final DeskState state;
    private final Navigation navigation;
    private final Screens screens;
    private final OpenForms forms;
    private final TextSize textSize;
    private final DeskSwitch deskSwitch;
    private final DataTransferViewModel transfer;
    private final BringFileInViewModel bringIn;

    MenuActions(Stage stage, DeskState state, Navigation navigation, Screens screens, OpenForms forms,
            TextSize textSize, DeskSwitch deskSwitch) {
        this.stage = stage;
        this.state = state;
        this.navigation = navigation;
        this.screens = screens;
        this.forms = forms;
        this.textSize = textSize;
        this.deskSwitch = deskSwitch;
        this.transfer = new DataTransferViewModel(state);
        this.bringIn = BringFileIn.viewModel(state);
    }

    @Override
    public void newMember() {
        screens.newMember();
    }

    @Override
    public void newCase() {
        screens.newCaseFor(null);
    }

    @Override
    public void save() {
        forms.saveShown();
    }

    @Override
    public void closeWindow() {
        forms.close();
    }

    @Override
    public void openCasebook() {
        deskSwitch.openCasebook();
    }

    @Override
    public void backToOwnFile() {
        deskSwitch.backToOwnFile();
    }

    @Override
    public void bringFileIn() {
        bringIn.bringIn();
    }

    @Override
    public void importMembers() {
        transfer.importMembers();
    }

    @Override
    public void export(String what, Exporter.Format format) {
        transfer.export(what, format);
    }

    @Override
    public void calendar() {
        CalendarExportDialog.show(state);
    }

    @Override
    public void caseloadReport() {
        // The dashboard's button, here too: a casebook's reader has no dashboard, and their report counts only.
        DashboardView.showCaseloadReport(state);
    }

    @Override
    public void backups() {
        BackupDialog.show(state);
    }

    @Override
    public void find() {
        if (!forms.findInMembers()) {
            screens.findCase();
        }
    }

    @Override
    public void overdueCases() {
        screens.overdueCases();
    }

    @Override
    public void show(Screen screen) {
        navigation.select(screen);
    }

    @Override
    public void textSize(int change) {
        textSize.change(change);
    }

    @Override
    public void reload() {
        state.reloadAll();
        state.repName().read(); // set by the command line, or on another computer for a casebook, meanwhile
    }

    @Override
    public void loadCampaignDemands() {
        screens.loadCampaignDemands();
    }

    @Override
    public void passphrase() {
        PassphraseDialog.manage(state);
    }

    @Override
    public void settings() {
        SettingsDialog.show(state);
    }

    @Override
    public void letterTemplates() {
        LetterTemplatesDialog.show(state);
    }

    @Override
    public void shortcuts(List<String> lines) {
        state.dialogs().inform(Messages.text("shell.shortcuts.title"), lines);
    }

    @Override
    public void guide() {
        GuideWindow.show(stage);
    }

    @Override
    public void about() {
        AboutDialog.show(stage, state.desk().dataFile());
    }
}
