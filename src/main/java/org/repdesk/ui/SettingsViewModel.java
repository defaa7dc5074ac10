package org.repdesk.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.StageCatalogue;
import org.repdesk.model.WmtSettings;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.SettingsService;
import org.repdesk.service.ValidationException;
import org.repdesk.ui.common.Labels;

/**
 * Tools ▸ Settings, as state: the rep's name, language, theme and text size ("You"), each case
 * type's stages, the WMT figures. Read and saved on the background worker; every problem listed
 * at once, and Save enabled only when there is none. The language applies when RepDesk next starts
 * (the screens are made in one language); theme and text size at once.
 */
public final class SettingsViewModel {

    /** Runs store work off the FX thread and hands the result, or the failure, back on it. */
    public interface Runner {
        <T> void run(Background.Job<T> job, Consumer<T> done, Consumer<Throwable> failed);

        /** Through the window's one background worker. */
        static Runner on(Background background) {
            return background::attempt;
        }
    }

    /** The WMT figures' fields, in the form's order (their labels are "shell.settings.wmt." + name). */
    public static final List<String> WMT_FIELDS = List.of("poTarget", "poHours", "psoTarget", "psoHours", "percent",
            "weeks");

    private final SettingsService settings;
    private final DeskPreferences preferences;
    private final Runner runner;
    /** Applies a theme and text size to the windows (Styling, or a test's record of it). */
    private final java.util.function.BiConsumer<DeskPreferences.Theme, Integer> appearance;
    /** Told when a new name is in the file: the window's {@link RepName}, which the dashboard's notice follows. */
    private final Runnable nameChanged;

    private final StringProperty repName = new SimpleStringProperty("");
    private final ObjectProperty<DeskPreferences.Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<DeskPreferences.Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final Map<CaseType, StringProperty> stages = new EnumMap<>(CaseType.class);
    private final Map<String, StringProperty> wmt = new LinkedHashMap<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    /** Problems found by the service on saving (e.g. a stage twice), shown until the next edit. */
    private final List<String> refused = new ArrayList<>();
    private StageCatalogue savedStages;
    private String savedName = "";

    /**
     * {@code sharedEditable}: whether this login may change the branch's shared figures, as the desk
     * already knows from asking its role once ({@code RepDesk.mayChangeSharedSettings()}).
     */
    public SettingsViewModel(SettingsService settings, boolean sharedEditable, DeskPreferences preferences,
            Runner runner, java.util.function.BiConsumer<DeskPreferences.Theme, Integer> appearance,
            Runnable nameChanged) {
        this.settings = settings;
        this.nameChanged = nameChanged;
        this.sharedEditable = new ReadOnlyBooleanWrapper(sharedEditable);
        this.preferences = preferences;
        this.runner = runner;
        this.appearance = appearance;
        language.set(preferences.language());
        theme.set(preferences.theme());
        textSize.set(preferences.textSize());
        for (CaseType t : CaseType.values()) {
            stages.put(t, new SimpleStringProperty(""));
        }
        WMT_FIELDS.forEach(f -> wmt.put(f, new SimpleStringProperty("")));
        List<Observable> watched = new ArrayList<>(wmt.values());
        watched.addAll(stages.values());
        watched.add(repName);
        watched.forEach(o -> o.addListener(x -> {
            refused.clear();
            check();
        }));
    }

    /** What the file holds now, read on the worker. */
    private record Saved(StageCatalogue stages, WmtSettings wmt, String repName) {
    }

    /** False on a casebook for a rep: the stage lists and WMT figures are the branch's, kept by officers. */
    public ReadOnlyBooleanProperty sharedEditableProperty() {
        return sharedEditable.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper sharedEditable;

    /** Reads the settings held in the file (on the worker); the form is filled in when they arrive. */
    public void load() {
        runner.run(() -> new Saved(settings.stages(), settings.wmt(), settings.repName().orElse("")), s -> {
            savedStages = s.stages();
            savedName = s.repName();
            if (repName.get().isEmpty()) { // a name typed before the settings arrived (the cursor starts there) is kept
                repName.set(s.repName());
            }
            for (CaseType t : CaseType.values()) {
                stages.get(t).set(String.join("\n", s.stages().stagesFor(t).stream()
                        .map(org.repdesk.ui.common.Labels::stage).toList())); // starting stages in the rep's language
            }
            WmtSettings w = s.wmt();
            wmt.get("poTarget").set(Numbers.show(w.poNominalTarget()));
            wmt.get("poHours").set(Numbers.show(w.poDefaultHours()));
            wmt.get("psoTarget").set(Numbers.show(w.psoNominalTarget()));
            wmt.get("psoHours").set(Numbers.show(w.psoDefaultHours()));
            wmt.get("percent").set(Numbers.show(w.excessivePercent()));
            wmt.get("weeks").set(String.valueOf(w.excessiveWeeks()));
            loaded.set(true);
            check();
        }, failed -> {
            problems.setAll(Alerts.describe(failed));
        });
    }

    public StringProperty repNameProperty() {
        return repName;
    }

    public ObjectProperty<DeskPreferences.Language> languageProperty() {
        return language;
    }

    public ObjectProperty<DeskPreferences.Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public StringProperty stagesProperty(CaseType type) {
        return stages.get(type);
    }

    public StringProperty wmtProperty(String field) {
        return wmt.get(field);
    }

    /** Every problem with the form as typed, at once. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Save is offered once the file's settings are in, nothing is wrong, and no save is under way. */
    public BooleanBinding canSaveProperty() {
        return loaded.getReadOnlyProperty().and(Bindings.isEmpty(problems)).and(saving.not());
    }

    /** True when the language chosen differs from the one RepDesk speaks now: it applies at the next start. */
    public boolean languageWaitsForRestart() {
        return !Messages.language().equals(locale(language.get()));
    }

    /** The language RepDesk speaks for {@code choice} on this system. */
    public static java.util.Locale locale(DeskPreferences.Language choice) {
        return switch (choice) {
            case ENGLISH -> Messages.ENGLISH;
            case WELSH -> Messages.WELSH;
            case SYSTEM -> Messages.fromSystem(java.util.Locale.getDefault());
        };
    }

    private void check() {
        List<String> found = new ArrayList<>();
        for (String f : WMT_FIELDS) {
            String label = Messages.text("shell.settings.wmt." + f);
            String text = wmt.get(f).get();
            String p = Numbers.problem(label, text, f.equals("weeks"));
            if (p != null) {
                found.add(p);
            } else if (text == null || text.isBlank()) {
                found.add(Messages.text("shell.settings.required", label));
            }
        }
        if (found.isEmpty()) {
            found.addAll(edited().problems());
        }
        for (CaseType t : CaseType.values()) {
            if (lines(t).stream().allMatch(String::isBlank)) {
                found.add(Messages.text("shell.settings.noStages", org.repdesk.ui.common.Labels.of(t)));
            }
        }
        found.addAll(refused);
        problems.setAll(found);
    }

    private WmtSettings edited() {
        return new WmtSettings(Numbers.decimal(wmt.get("poTarget").get()), Numbers.decimal(wmt.get("poHours").get()),
                Numbers.decimal(wmt.get("psoTarget").get()), Numbers.decimal(wmt.get("psoHours").get()),
                Numbers.decimal(wmt.get("percent").get()), Numbers.whole(wmt.get("weeks").get()));
    }

    /** The stages as they will be stored: a starting stage shown in Welsh is kept by its English name. */
    private List<String> lines(CaseType t) {
        return Arrays.stream(stages.get(t).get().split("\\R")).map(StageCatalogue::stored).toList();
    }

    /**
     * Applies the rep's look at once (kept in their preferences), then saves what the file holds
     * on the worker: {@code saved} runs when done; a refusal is listed in {@link #problems()}.
     */
    public void save(Runnable saved) {
        check();
        if (!loaded.get() || !problems.isEmpty()) {
            return;
        }
        preferences.setLanguage(language.get());
        preferences.setTheme(theme.get());
        preferences.setTextSize(textSize.get());
        appearance.accept(theme.get(), preferences.textSize());
        WmtSettings figures = edited();
        String name = repName.get().strip();
        Map<CaseType, List<String>> changed = new EnumMap<>(CaseType.class);
        for (CaseType t : CaseType.values()) {
            if (!lines(t).equals(savedStages.stagesFor(t))) {
                changed.put(t, lines(t));
            }
        }
        saving.set(true);
        boolean shared = sharedEditable.get();
        runner.run(() -> {
            if (shared) {
                settings.saveWmt(figures);
            }
            if (!name.equals(savedName)) {
                settings.saveRepName(name);
            }
            if (shared) {
                changed.forEach(settings::saveStages);
            }
            return name;
        }, n -> {
            saving.set(false);
            boolean renamed = !n.equals(savedName);
            savedName = n;
            if (renamed) {
                nameChanged.run();
            }
            saved.run();
        }, failed -> {
            saving.set(false);
            refused.clear();
            if (failed instanceof ValidationException v) {
                refused.addAll(v.problems());
            } else {
                refused.add(Alerts.describe(failed));
            }
            check();
        });
    }
}
