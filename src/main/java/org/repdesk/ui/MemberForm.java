package org.repdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;

/** Add or edit one member; checks as the rep types and says what is wrong in words. */
public final class MemberForm extends VBox {

    private final DeskState state;
    private final Label title = new Label();
    private final TextField number = new TextField();
    private final TextField name = new TextField();
    // Menus rather than combo boxes: lighter to make and style the first time (see ChoiceMenu).
    private final ChoiceMenu<Union> union = ChoiceMenu.of(List.of(Union.values()));
    private final ChoiceMenu<Grade> grade = ChoiceMenu.of(List.of(Grade.values()));
    private final TextField team = new TextField();
    private final TextField office = new TextField();
    /** "Not given" (null) first: a region is optional, and can be taken back off. */
    private final ChoiceMenu<Region> region = ChoiceMenu.filter("Not given", List.of(Region.values()));
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField hours = new TextField();
    private final Label problems = new Label();
    /** A value that looks like a spreadsheet formula: saved as typed, but said (issue 19). */
    private final Label formulaWarning = new Label();
    private final Button save = new Button("_Save member");
    private final Button revert = new Button("Revert");
    /** The form's values as last filled in or saved: Save and Revert wait for a change from them. */
    private List<Object> asSaved = List.of();
    private UUID editing;
    /** The member as it was read when the form was filled: a save made since by someone else is refused. */
    private Member opened;
    private Consumer<Member> onSaved = m -> { };

    public MemberForm(DeskState state) {
        this.state = state;
        getStyleClass().add("detail-form");
        title.getStyleClass().add("title-3");
        for (ChoiceMenu<?> box : List.of(union, grade, region)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        number.setId("member-number");
        name.setId("member-name");
        union.setId("member-union");
        grade.setId("member-grade");
        region.setId("member-region");
        hours.setId("member-hours");
        email.setId("member-email");
        save.setId("member-save");
        hours.setPromptText("e.g. 37 or 22.5");

        FormGrid grid = new FormGrid();
        grid.add("_Membership no.", number);
        grid.add("_Name", name);
        grid.add("_Union", union);
        grid.add("_Grade", grade);
        grid.add("_Team", team);
        grid.add("_Office", office);
        grid.add("_Region", region);
        grid.add("_Email", email);
        grid.add("_Phone", phone);
        grid.add("Contracted _hours", hours);

        problems.getStyleClass().add("problems");
        problems.setWrapText(true);
        problems.setId("member-problems");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        revert.setId("member-revert");
        revert.setOnAction(e -> reload());
        formulaWarning.getStyleClass().add("hint");
        formulaWarning.setWrapText(true);
        formulaWarning.setId("member-formula-warning");
        formulaWarning.managedProperty().bind(formulaWarning.visibleProperty());
        formulaWarning.setVisible(false);
        HBox buttons = new HBox(8, save, revert);
        getChildren().addAll(title, grid, problems, formulaWarning, buttons);

        for (Observable o : List.of(number.textProperty(), name.textProperty(), union.valueProperty(),
                grade.valueProperty(), team.textProperty(), office.textProperty(), region.valueProperty(),
                email.textProperty(), phone.textProperty(), hours.textProperty())) {
            o.addListener(x -> check());
        }
        startNew();
    }

    public void setOnSaved(Consumer<Member> handler) {
        this.onSaved = handler;
    }

    /** Clears the form for a new member and puts the cursor in the first field. */
    public void startNew() {
        editing = null;
        title.setText("New member");
        fill(null);
        number.requestFocus();
    }

    /** The member in the form; null for a new one. */
    public java.util.UUID editingId() {
        return editing;
    }

    public void edit(Member m) {
        editing = m.id();
        title.setText(m.name());
        fill(m);
    }

    private void reload() {
        if (editing == null) {
            startNew();
        } else {
            state.members().stream().filter(m -> m.id().equals(editing)).findFirst().ifPresent(this::edit);
        }
    }

    private void fill(Member m) {
        opened = m;
        number.setText(m == null ? "" : m.membershipNumber());
        name.setText(m == null ? "" : m.name());
        union.setValue(m == null ? Union.NAPO : m.union());
        grade.setValue(m == null ? Grade.PO : m.grade());
        team.setText(m == null ? "" : nz(m.team()));
        office.setText(m == null ? "" : nz(m.office()));
        region.setValue(m == null ? null : m.region());
        email.setText(m == null ? "" : nz(m.email()));
        phone.setText(m == null ? "" : nz(m.phone()));
        hours.setText(m == null ? "" : Numbers.show(m.contractedHours()));
        asSaved = values();
        check();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** What stops the member being saved; shown, except on a new member's form not yet typed in. */
    private List<String> check() {
        return check(false);
    }

    private List<String> check(boolean evenIfUntouched) {
        List<String> found = new ArrayList<>();
        String hoursProblem = Numbers.problem("Contracted hours", hours.getText(), false);
        if (hoursProblem != null) {
            found.add(hoursProblem);
        } else {
            found.addAll(draft().problems());
        }
        // Not draft(): its hours may not parse yet, and only the text fields matter here.
        List<String> formulaLike = Member.create(number.getText(), name.getText(), null, null, team.getText(),
                office.getText(), null, email.getText(), phone.getText(), null).fieldsLikeFormulas();
        formulaWarning.setText(formulaLike.isEmpty() ? "" : org.repdesk.i18n.Messages.text(
                "export.form.looksLikeFormula", java.util.Map.of("fields", String.join(", ", formulaLike), "n",
                formulaLike.size())));
        formulaWarning.setVisible(!formulaLike.isEmpty());
        boolean untouched = editing == null && List.of(number, name, team, office, email, phone, hours).stream()
                .allMatch(f -> f.getText().isBlank());
        problems.setText(untouched && !evenIfUntouched ? "" : String.join("\n", found));
        boolean changed = !values().equals(asSaved);
        if ((save.isFocused() && (!found.isEmpty() || !changed)) || (revert.isFocused() && !changed)) {
            // A focused button that is disabled passes the focus on down the screen, and the screen
            // scrolled the form out of sight after Save was clicked: the member's name takes it.
            name.requestFocus();
        }
        save.setDisable(!found.isEmpty() || !changed);
        revert.setDisable(!changed);
        return found;
    }

    private List<Object> values() {
        return java.util.Arrays.asList(number.getText(), name.getText(), union.getValue(), grade.getValue(),
                team.getText(), office.getText(), region.getValue(), email.getText(), phone.getText(), hours.getText());
    }

    private Member draft() {
        Member m = Member.create(number.getText(), name.getText(), union.getValue(), grade.getValue(), team.getText(),
                office.getText(), region.getValue(), email.getText(), phone.getText(), Numbers.decimal(hours.getText()));
        return editing == null ? m : m.withId(editing);
    }

    /** True when something typed in the form is not saved. */
    public boolean hasUnsavedChanges() {
        return !asSaved.isEmpty() && !values().equals(asSaved);
    }

    /** Saves, then runs {@code after}; false when the form cannot be saved as it is (it says why). */
    public boolean saveThen(Runnable after) {
        if (!check(true).isEmpty()) {
            return false;
        }
        save(after);
        return true;
    }

    /** Saves the form (button, Enter or Ctrl+S). */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable after) {
        if (!check(true).isEmpty() || (editing != null && values().equals(asSaved))) {
            after.run();
            return; // nothing changed since the last save: nothing to write (or to log)
        }
        Member m = draft();
        List<Object> saving = values();
        Member asOpened = opened;
        state.background().run(getScene().getWindow(), "The member was not saved",
                () -> state.desk().members().save(asOpened, m), saved -> {
                    editing = saved.id();
                    opened = saved;
                    asSaved = saving; // what was typed while it saved is still a change
                    check();
                    title.setText(saved.name());
                    state.memberSaved(saved);
                    onSaved.accept(saved);
                    after.run();
                });
    }
}
