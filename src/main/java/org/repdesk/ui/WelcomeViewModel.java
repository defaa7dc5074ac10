package org.repdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.service.SettingsService;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.Saving;
import org.repdesk.ui.papers.Runner;

/**
 * The first run's welcome: where the new file is, the rep's name (the audit trail says who made
 * each change: "(rep's name not set)" otherwise), the campaign's demands to start the log with, and
 * "Got it". Nothing in it is required; a name too long or on two lines is said beside the field.
 */
public final class WelcomeViewModel {

    private final Runner runner;
    private final SettingsService settings;
    private final RepName repName;
    private final Runnable loadDemands;
    private final String text;
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final FieldProblem nameProblem = new FieldProblem(showAll);
    private final ReadOnlyStringWrapper nameSaved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demandsAsked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dismissed = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding nameKept = Bindings.isNotEmpty(nameSaved);
    private final BooleanBinding canSaveName;

    /**
     * @param dataFile    where the new file was made, as the rep would find it
     * @param repName     the window's rep's name: the welcome asks for it, so the dashboard's notice does not as well
     * @param loadDemands starts the demands log from the campaign bulletins (the demands screen's own command)
     */
    public WelcomeViewModel(String dataFile, Runner runner, SettingsService settings, RepName repName,
            Runnable loadDemands) {
        this.runner = runner;
        this.settings = settings;
        this.repName = repName;
        repName.askedInWelcome();
        this.loadDemands = loadDemands;
        this.text = Messages.text("shell.welcome.text", dataFile);
        name.addListener((o, was, now) -> {
            nameProblem.set(FieldChecks.shortText(now, false));
            nameProblem.touch();
        });
        canSaveName = Bindings.createBooleanBinding(() -> !name.get().isBlank() && !saving.get() && !nameKept.get(),
                name, saving, nameKept);
    }

    /** "Welcome to RepDesk. A new data file was created at …" */
    public String text() {
        return text;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** What is wrong with the name typed, beside the field ("" when nothing is). */
    public FieldProblem nameProblem() {
        return nameProblem;
    }

    /** Save my name is offered once a name is typed, until it is saved. */
    public BooleanBinding canSaveNameProperty() {
        return canSaveName;
    }

    /** "Thank you, Sam: each change you make is recorded under your name." once saved; "" before. */
    public ReadOnlyStringProperty nameSavedProperty() {
        return nameSaved.getReadOnlyProperty();
    }

    /** True once the name is saved: the field is then done with. */
    public BooleanBinding nameKeptProperty() {
        return nameKept;
    }

    /**
     * Saves the name typed (tidied); false when nothing is typed, or, with the reason beside the
     * field, when it cannot be saved as it is. A refusal by the store is said there too, the name kept as typed.
     */
    public boolean saveName() {
        if (!canSaveName.get()) {
            return false; // nothing typed (Enter in the empty field), or already saved
        }
        showAll.set(true);
        nameProblem.set(FieldChecks.shortText(name.get(), false));
        if (nameProblem.isWrong()) {
            return false;
        }
        String typed = name.get();
        saving.set(true);
        Saving.run(runner, Messages.text("shell.settings.notSaved"), () -> {
            settings.saveRepName(typed);
            return typed.strip();
        }, outcome -> {
            saving.set(false);
            if (outcome.refusal() != null) {
                nameProblem.set(outcome.refusal());
            } else {
                nameSaved.set(Messages.text("shell.welcome.nameSaved", outcome.saved()));
                repName.changed();
            }
        });
        return true;
    }

    /** Starts the demands log from the campaign bulletins; offered once. */
    public void loadDemands() {
        if (!demandsAsked.get()) {
            demandsAsked.set(true);
            loadDemands.run();
        }
    }

    public ReadOnlyBooleanProperty demandsAskedProperty() {
        return demandsAsked.getReadOnlyProperty();
    }

    /** "Got it": the welcome goes. */
    public void dismiss() {
        dismissed.set(true);
    }

    public ReadOnlyBooleanProperty dismissedProperty() {
        return dismissed.getReadOnlyProperty();
    }
}
