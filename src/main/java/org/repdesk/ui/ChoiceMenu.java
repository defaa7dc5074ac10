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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A drop-down of choices, one of them picked, shown on the button: the cases list's filters
 * ("All types", then each type) and its order. A menu rather than a combo box: a combo box makes
 * its list view, cells and their styling up front, to size itself by its widest item; five of
 * them held the FX thread about 200 ms the first time the cases list was opened, as menu buttons
 * about 75 ms (issue 6). The menu's items are made when it first opens. Keys as on a combo box:
 * Up and Down pick the choice before or after while the menu is closed, a letter the next choice
 * starting with it; Space, Enter or Alt+Down open the menu.
 *
 * @param <T> the value picked; {@code null} stands for "all" where a filter offers it
 */
final class ChoiceMenu<T> extends MenuButton {

    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final Function<T, String> label;
    private final List<T> choices = new ArrayList<>();
    private String allLabel;
    private boolean keepsLongestWhole;

    /** Choices named in the rep's language ({@link org.repdesk.ui.common.Labels}), with "all" ({@code null}) first, named {@code allLabel}. */
    static <T> ChoiceMenu<T> filter(String allLabel, List<T> values) {
        ChoiceMenu<T> menu = new ChoiceMenu<>(org.repdesk.ui.common.Labels::of);
        menu.setChoices(allLabel, values);
        return menu;
    }

    /** Choices named in the rep's language, the first picked; no "all". */
    static <T> ChoiceMenu<T> of(List<T> values) {
        return filter(null, values);
    }

    ChoiceMenu(Function<T, String> label) {
        this.label = label;
        getStyleClass().add("choice-menu");
        value.addListener((o, was, now) -> showPicked());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isAltDown() && !e.isControlDown() && !e.isShortcutDown() && !e.isShiftDown();
            if (plain && !isShowing() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                step(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN && !isShowing()) {
                show();
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (!isShowing() && typed.length() == 1 && Character.isLetterOrDigit(typed.charAt(0))
                    && !e.isControlDown() && !e.isAltDown()) {
                jumpTo(typed.charAt(0));
                e.consume();
            }
        });
    }

    /**
     * Never narrower than its longest choice, whichever is picked: a form's region ("Gorllewin
     * Canolbarth Lloegr") was cut when the form was narrow. Not for filters above a list, whose
     * stage names may be long: there the list's width matters more.
     */
    void keepLongestWhole() {
        keepsLongestWhole = true;
        requestLayout();
    }

    @Override
    protected double computeMinWidth(double height) {
        if (!keepsLongestWhole) {
            return super.computeMinWidth(height);
        }
        // The button's padding and arrow, around the words picked now: the same around any other choice.
        double around = super.computePrefWidth(height) - WholeText.width(getText(), getFont());
        double longest = choices.stream().mapToDouble(c -> WholeText.width(nameOf(c), getFont())).max().orElse(0);
        return Math.ceil(around + longest);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(super.computePrefWidth(height), keepsLongestWhole ? computeMinWidth(height) : 0);
    }

    /** The choice {@code by} places after (or before) the one picked, stopping at either end. */
    private void step(int by) {
        int at = choices.indexOf(value.get()) + by;
        if (at >= 0 && at < choices.size()) {
            value.set(choices.get(at));
        }
    }

    /** The next choice after the one picked whose name starts with {@code letter}, going round. */
    private void jumpTo(char letter) {
        int from = choices.indexOf(value.get());
        for (int i = 1; i <= choices.size(); i++) {
            T choice = choices.get((from + i) % choices.size());
            String name = nameOf(choice);
            if (name != null && !name.isEmpty()
                    && Character.toLowerCase(name.charAt(0)) == Character.toLowerCase(letter)) {
                value.set(choice);
                return;
            }
        }
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
