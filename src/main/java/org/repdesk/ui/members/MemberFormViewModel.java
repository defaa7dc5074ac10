package org.repdesk.ui.members;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.service.MemberService;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * Add or edit one member: the fields, what is wrong with each (shown once touched or on Save),
 * whether the form holds changes and may be saved. Saves run off the FX thread; one the store
 * refuses (a membership number already used, the member saved elsewhere meanwhile) keeps what
 * was typed and says why beside Save.
 */
public final class MemberFormViewModel {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() .\\-]{6,25}$");

    private final Runner runner;
    private final MemberService members;

    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Union> union = new SimpleObjectProperty<>(Union.NAPO);
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>(Grade.PO);
    private final StringProperty team = new SimpleStringProperty("");
    private final StringProperty office = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");

    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final FieldProblem numberProblem = new FieldProblem(showAll);
    private final FieldProblem nameProblem = new FieldProblem(showAll);
    private final FieldProblem teamProblem = new FieldProblem(showAll);
    private final FieldProblem officeProblem = new FieldProblem(showAll);
    private final FieldProblem emailProblem = new FieldProblem(showAll);
    private final FieldProblem phoneProblem = new FieldProblem(showAll);
    private final FieldProblem hoursProblem = new FieldProblem(showAll);
    private final ReadOnlyStringWrapper formulaWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final FormState form = new FormState();

    /** The member as read when the form was filled (null for a new one): a save made since elsewhere is refused. */
    private Member opened;
    /** The form's values as last filled in or saved: Save and Revert wait for a change from them. */
    private List<Object> asSaved = List.of();
    private boolean filling;
    private Consumer<Member> onSaved = m -> { };

    /** {@code members}: saves the form's member, refusing a save made since elsewhere. */
    public MemberFormViewModel(Runner runner, MemberService members) {
        this.runner = runner;
        this.members = members;
        touchOnChange(numberProblem, number);
        touchOnChange(nameProblem, name);
        touchOnChange(teamProblem, team);
        touchOnChange(officeProblem, office);
        touchOnChange(emailProblem, email);
        touchOnChange(phoneProblem, phone);
        touchOnChange(hoursProblem, hours);
        for (Observable o : values()) {
            o.addListener(x -> check());
        }
        startNew();
    }

    private List<Observable> values() {
        return List.of(number, name, union, grade, team, office, region, email, phone, hours);
    }

    private void touchOnChange(FieldProblem problem, Observable field) {
        field.addListener(x -> {
            if (!filling) {
                problem.touch();
            }
        });
    }

    private List<FieldProblem> problems() {
        return List.of(numberProblem, nameProblem, teamProblem, officeProblem, emailProblem, phoneProblem, hoursProblem);
    }

    public void setOnSaved(Consumer<Member> onSaved) {
        this.onSaved = onSaved;
    }

    /** An empty form for a new member. */
    public void startNew() {
        fill(null);
    }

    /** The form filled from {@code m}. */
    public void edit(Member m) {
        fill(m);
    }

    /** Puts back the member as last read or saved. */
    public void revert() {
        fill(opened);
    }

    private void fill(Member m) {
        filling = true;
        try {
            opened = m;
            number.set(m == null ? "" : nz(m.membershipNumber()));
            name.set(m == null ? "" : nz(m.shownName()));
            union.set(m == null ? Union.NAPO : m.union());
            grade.set(m == null ? Grade.PO : m.grade());
            team.set(m == null ? "" : nz(m.team()));
            office.set(m == null ? "" : nz(m.office()));
            region.set(m == null ? null : m.region());
            email.set(m == null ? "" : nz(m.email()));
            phone.set(m == null ? "" : nz(m.phone()));
            hours.set(m == null ? "" : org.repdesk.ui.Numbers.show(m.contractedHours()));
            problems().forEach(FieldProblem::untouch);
            showAll.set(false);
            form.forgetRefusal();
            title.set(m == null ? Messages.text("members.form.new") : m.shownName());
            asSaved = snapshot();
        } finally {
            filling = false;
        }
        check();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private List<Object> snapshot() {
        return Arrays.asList(number.get(), name.get(), union.get(), grade.get(), team.get(), office.get(), region.get(),
                email.get(), phone.get(), hours.get());
    }

    /** The hours typed, or null when blank; throws when the text is not a number. */
    private static Double hoursOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        double d = Double.parseDouble(text.strip().replace(",", "."));
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException(text);
        }
        return d;
    }

    private String hoursCheck() {
        try {
            Double h = hoursOf(hours.get());
            return h != null && (h < 0.5 || h > 60) ? Messages.text("members.form.hours.range") : "";
        } catch (NumberFormatException e) {
            return Messages.text("members.form.hours.number");
        }
    }

    private void check() {
        if (filling) {
            return;
        }
        numberProblem.set(FieldChecks.shortText(number.get(), true));
        nameProblem.set(FieldChecks.shortText(name.get(), true));
        teamProblem.set(FieldChecks.shortText(team.get(), false));
        officeProblem.set(FieldChecks.shortText(office.get(), false));
        String e = email.get().strip();
        emailProblem.set(FieldChecks.first(FieldChecks.shortText(e, false),
                !e.isEmpty() && !EMAIL.matcher(e).matches() ? Messages.text("members.form.email.invalid") : ""));
        String p = phone.get().strip();
        phoneProblem.set(FieldChecks.first(FieldChecks.shortText(p, false),
                !p.isEmpty() && !PHONE.matcher(p).matches() ? Messages.text("members.form.phone.invalid") : ""));
        hoursProblem.set(hoursCheck());
        boolean fieldsRight = problems().stream().noneMatch(FieldProblem::isWrong);
        Member draft = fieldsRight ? draft() : null;
        // The model's own rules as well, so nothing the service would refuse is offered for saving.
        boolean isValid = fieldsRight && draft.problems().isEmpty();
        List<String> formulaLike = Member.create(number.get(), name.get(), null, null, team.get(), office.get(), null,
                email.get(), phone.get(), null).fieldsLikeFormulas();
        formulaWarning.set(formulaLike.isEmpty() ? "" : Messages.text("export.form.looksLikeFormula",
                Map.of("fields", String.join(", ", formulaLike), "n", formulaLike.size())));
        form.checked(isValid, !snapshot().equals(asSaved));
    }

    /** The member as the form holds it (its hours must read as a number). */
    Member draft() {
        Member m = Member.create(number.get(), Member.storedName(name.get()), union.get(), grade.get(), team.get(), office.get(),
                region.get(), email.get(), phone.get(), hoursOf(hours.get()));
        return opened == null ? m : m.withId(opened.id());
    }

    /** Saves (button, Enter, Ctrl+S). */
    public boolean save() {
        return saveThen(() -> { });
    }

    /**
     * Saves, then runs {@code after}; false, with every problem shown beside its field, when the
     * form cannot be saved as it is.
     */
    public boolean saveThen(Runnable after) {
        showAll.set(true);
        check();
        if (!form.validProperty().get()) {
            return false; // and draft() needs fields that read
        }
        Member m = draft();
        Member asOpened = opened;
        List<Object> typed = snapshot();
        return form.save(runner, Messages.text("members.form.not-saved"), () -> members.save(asOpened, m), after, saved -> {
            opened = saved;
            asSaved = typed; // what was typed while it saved is still a change
            title.set(saved.name());
            check();
            onSaved.accept(saved);
            after.run();
        });
    }

    /** The member being edited, or null for a new one. */
    public UUID editing() {
        return opened == null ? null : opened.id();
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Union> unionProperty() {
        return union;
    }

    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public FieldProblem numberProblem() {
        return numberProblem;
    }

    public FieldProblem nameProblem() {
        return nameProblem;
    }

    public FieldProblem teamProblem() {
        return teamProblem;
    }

    public FieldProblem officeProblem() {
        return officeProblem;
    }

    public FieldProblem emailProblem() {
        return emailProblem;
    }

    public FieldProblem phoneProblem() {
        return phoneProblem;
    }

    public FieldProblem hoursProblem() {
        return hoursProblem;
    }

    /** Said when a value looks like a spreadsheet formula: saved as typed, but said (issue 19). */
    public ReadOnlyStringProperty formulaWarningProperty() {
        return formulaWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveProblemProperty() {
        return form.saveProblemProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The form holds changes not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return form.dirtyProperty();
    }

    public boolean isDirty() {
        return form.dirtyProperty().get();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    public BooleanBinding canSaveProperty() {
        return form.canSaveProperty();
    }

    public BooleanBinding canRevertProperty() {
        return form.canRevertProperty();
    }
}
