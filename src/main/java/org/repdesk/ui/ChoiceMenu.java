package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * A drop-down of choices, one of them picked, shown on the button: the cases list's filters
 * ("All types", then each type) and its order. A menu rather than a combo box: a combo box makes
 * its list view, cells and their styling up front, to size itself by its widest item; five of
 * them held the FX thread about 200 ms the first time the cases list was opened, as menu buttons
 * about 75 ms (issue 6). The menu's items are made when it first opens.
 *
 * @param <T> the value picked; {@code null} stands for "all" where a filter offers it
 */
final class ChoiceMenu<T> extends MenuButton {

    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final Function<T, String> label;
    private final List<T> choices = new ArrayList<>();
    private String allLabel;

    /** Choices named by {@code toString()}, with "all" ({@code null}) first, named {@code allLabel}. */
    static <T> ChoiceMenu<T> filter(String allLabel, List<T> values) {
        ChoiceMenu<T> menu = new ChoiceMenu<>(Object::toString);
        menu.setChoices(allLabel, values);
        return menu;
    }

    ChoiceMenu(Function<T, String> label) {
        this.label = label;
        getStyleClass().add("choice-menu");
        value.addListener((o, was, now) -> showPicked());
    }

    /** Replaces the choices; "all" first when {@code allLabel} is not null. Picks the first. */
    void setChoices(String allLabel, List<T> values) {
        this.allLabel = allLabel;
        choices.clear();
        if (allLabel != null) {
            choices.add(null);
        }
        choices.addAll(values);
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (T choice : choices) {
            RadioMenuItem item = new RadioMenuItem(nameOf(choice));
            item.setToggleGroup(group);
            item.setOnAction(e -> value.set(choice));
            items.add(item);
        }
        getItems().setAll(items);
        T first = choices.isEmpty() ? null : choices.get(0);
        if (Objects.equals(value.get(), first)) {
            showPicked(); // no change event to do it
        } else {
            value.set(first);
        }
    }

    /** The values offered, "all" left out. */
    List<T> choices() {
        return choices.stream().filter(Objects::nonNull).toList();
    }

    T getValue() {
        return value.get();
    }

    /** Picks {@code choice}; one not offered picks the first choice ("all" on a filter). */
    void setValue(T choice) {
        value.set(choices.contains(choice) ? choice : choices.isEmpty() ? null : choices.get(0));
    }

    ObjectProperty<T> valueProperty() {
        return value;
    }

    /** Back to the first choice ("all" on a filter). */
    void pickFirst() {
        setValue(choices.isEmpty() ? null : choices.get(0));
    }

    private String nameOf(T choice) {
        return choice == null ? allLabel : label.apply(choice);
    }

    private void showPicked() {
        T picked = value.get();
        setText(nameOf(picked));
        int at = choices.indexOf(picked);
        if (at >= 0 && at < getItems().size()) {
            ((RadioMenuItem) getItems().get(at)).setSelected(true);
        }
    }
}
