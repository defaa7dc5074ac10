package org.repdesk.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.ui.members.MemberFormViewModel;
import org.repdesk.ui.papers.Runner;

/**
 * Add or edit one member. The fields bind to a {@link MemberFormViewModel}, which checks them and
 * saves; each problem shows under its field once the field was touched, or on Save.
 */
public final class MemberForm extends VBox {

    private final DeskState state;
    private final MemberFormViewModel form;
    private final Label title = new Label();
    private final TextField number = new TextField();
    private final TextField name = new TextField();
    // Menus rather than combo boxes: lighter to make and style the first time (see ChoiceMenu).
    private final ChoiceMenu<Union> union = ChoiceMenu.of(List.of(Union.values()));
    private final ChoiceMenu<Grade> grade = ChoiceMenu.of(List.of(Grade.values()));
    private final TextField team = new TextField();
    private final TextField office = new TextField();
    /** "Not given" (null) first: a region is optional, and can be taken back off. */
    private final ChoiceMenu<Region> region = ChoiceMenu.filter(Messages.text("members.form.region.none"),
            List.of(Region.values()));
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField hours = new TextField();
    private final Label saveProblem = new Label();
    /** A value that looks like a spreadsheet formula: saved as typed, but said (issue 19). */
    private final Label formulaWarning = new Label();
    private final Button save = new Button(Messages.text("members.form.save"));
    private final Button revert = new Button(Messages.text("members.form.revert"));
    private Consumer<Member> onSaved = m -> { };
    private final VBox actions = new VBox(6);

    public MemberForm(DeskState state) {
        this.state = state;
        this.form = new MemberFormViewModel(Runner.of(state, () -> getScene() == null ? null : getScene().getWindow()),
                state.desk().members());
        getStyleClass().add("detail-form");
        title.getStyleClass().add("title-3");
        title.setId("member-title");
        title.textProperty().bind(form.titleProperty());
        for (ChoiceMenu<?> box : List.of(union, grade, region)) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.keepLongestWhole();
        }
        number.setId("member-number");
        name.setId("member-name");
        union.setId("member-union");
        grade.setId("member-grade");
        team.setId("member-team");
        office.setId("member-office");
        region.setId("member-region");
        hours.setId("member-hours");
        email.setId("member-email");
        phone.setId("member-phone");
        save.setId("member-save");
        hours.setPromptText(Messages.text("members.form.hours.prompt"));

        FormGrid grid = new FormGrid();
        grid.add(Messages.text("members.form.number"), number);
        grid.addProblem(form.numberProblem().shownProperty()).setId("member-number-problem");
        grid.add(Messages.text("members.form.name"), name);
        grid.addProblem(form.nameProblem().shownProperty()).setId("member-name-problem");
        grid.add(Messages.text("members.form.union"), union);
        grid.add(Messages.text("members.form.grade"), grade);
        grid.add(Messages.text("members.form.team"), team);
        grid.addProblem(form.teamProblem().shownProperty());
        grid.add(Messages.text("members.form.office"), office);
        grid.addProblem(form.officeProblem().shownProperty());
        grid.add(Messages.text("members.form.region"), region);
        grid.add(Messages.text("members.form.email"), email);
        grid.addProblem(form.emailProblem().shownProperty()).setId("member-email-problem");
        grid.add(Messages.text("members.form.phone"), phone);
        grid.addProblem(form.phoneProblem().shownProperty());
        grid.add(Messages.text("members.form.hours"), hours);
        grid.addProblem(form.hoursProblem().shownProperty()).setId("member-hours-problem");
        // An e-mail address of forty letters is about 24 em: narrower, the labels go over the fields.
        grid.stackWhenFieldsNarrowerThan(24);

        number.textProperty().bindBidirectional(form.numberProperty());
        name.textProperty().bindBidirectional(form.nameProperty());
        union.valueProperty().bindBidirectional(form.unionProperty());
        grade.valueProperty().bindBidirectional(form.gradeProperty());
        team.textProperty().bindBidirectional(form.teamProperty());
        office.textProperty().bindBidirectional(form.officeProperty());
        region.valueProperty().bindBidirectional(form.regionProperty());
        email.textProperty().bindBidirectional(form.emailProperty());
        phone.textProperty().bindBidirectional(form.phoneProperty());
        hours.textProperty().bindBidirectional(form.hoursProperty());

        saveProblem.getStyleClass().add("problems");
        saveProblem.setWrapText(true);
        saveProblem.setId("member-problems");
        saveProblem.textProperty().bind(form.saveProblemProperty());
        saveProblem.visibleProperty().bind(Bindings.isNotEmpty(form.saveProblemProperty()));
        saveProblem.managedProperty().bind(saveProblem.visibleProperty());
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        save.disableProperty().bind(form.canSaveProperty().not());
        revert.setId("member-revert");
        revert.setOnAction(e -> form.revert());
        revert.disableProperty().bind(form.canRevertProperty().not());
        for (Button b : List.of(save, revert)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // A focused button that is disabled passes the focus on down the screen, and the screen
            // scrolled the form out of sight after Save was clicked: the member's name takes it.
            b.disabledProperty().addListener((o, was, now) -> {
                if (now && b.isFocused()) {
                    name.requestFocus();
                }
            });
        }
        formulaWarning.getStyleClass().add("hint");
        formulaWarning.setWrapText(true);
        formulaWarning.setId("member-formula-warning");
        formulaWarning.textProperty().bind(form.formulaWarningProperty());
        formulaWarning.visibleProperty().bind(Bindings.isNotEmpty(form.formulaWarningProperty()));
        formulaWarning.managedProperty().bind(formulaWarning.visibleProperty());
        HBox buttons = new HBox(8, save, revert);
        // Save and Revert, and what stops a save, under the form rather than in it: the screen pins
        // them below the part that scrolls (see actions()).
        actions.getChildren().addAll(saveProblem, buttons);
        actions.getStyleClass().add("form-actions");
        actions.setId("member-actions");
        getChildren().addAll(title, grid, formulaWarning);

        form.setOnSaved(saved -> {
            state.memberSaved(saved);
            onSaved.accept(saved);
        });
    }

    /**
     * Save and Revert with what stops a save, for the screen to keep in sight below the form: at
     * 1024x700 the labels sit over the fields and Save was under the fold, reached only by scrolling.
     */
    public VBox actions() {
        return actions;
    }

    public void setOnSaved(Consumer<Member> handler) {
        this.onSaved = handler;
    }

    /** The form's view-model (the unsaved-changes question reads its dirty state). */
    public MemberFormViewModel form() {
        return form;
    }

    /** Clears the form for a new member and puts the cursor in the first field. */
    public void startNew() {
        form.startNew();
        focusFirstField();
    }

    /** The cursor in the membership number, the form's first field. */
    public void focusFirstField() {
        number.requestFocus();
    }

    /** The member in the form; null for a new one. */
    public java.util.UUID editingId() {
        return form.editing();
    }

    public void edit(Member m) {
        form.edit(m);
    }

    /** True when something typed in the form is not saved. */
    public boolean hasUnsavedChanges() {
        return form.isDirty();
    }

    /** Saves, then runs {@code after}; false when the form cannot be saved as it is (it says why). */
    public boolean saveThen(Runnable after) {
        return form.saveThen(after);
    }

    /** Saves the form (button, Enter or Ctrl+S). */
    public void save() {
        form.save();
    }
}
