package org.repdesk.ui.demands;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.ResponseChannel;
import org.repdesk.ui.common.DialogForm;
import org.repdesk.ui.common.FieldChecks;
import org.repdesk.ui.common.FieldProblem;
import org.repdesk.ui.common.FormState;
import org.repdesk.ui.papers.Runner;

/**
 * "Record a negotiation meeting" in one place: when, its title, who was there, the notes, the
 * demands discussed and what the employer said on each (optionally changing its status). Each
 * problem shows beside its field once touched or on Save; the meeting, the demands discussed and
 * the responses are saved together off the FX thread, once, and a refusal keeps what was typed.
 */
public final class MeetingViewModel {

    /** The service's recording of a meeting with the demands discussed and the responses given (run on the worker). */
    @FunctionalInterface
    public interface RecordMeeting {
        NegotiationMeeting record(NegotiationMeeting meeting, List<UUID> discussed, List<EmployerResponse> given);
    }

    /** What the employer said on one demand discussed, and the status it leaves the demand in (null: no change). */
    public static final class Response {
        private final Demand demand;
        private final StringProperty said = new SimpleStringProperty("");
        private final ObjectProperty<DemandStatus> status = new SimpleObjectProperty<>();
        private final FieldProblem saidProblem;

        private Response(Demand demand, BooleanProperty showAll) {
            this.demand = demand;
            this.saidProblem = new FieldProblem(showAll);
            said.addListener(x -> saidProblem.touch());
        }

        public Demand demand() {
            return demand;
        }

        public StringProperty saidProperty() {
            return said;
        }

        public ObjectProperty<DemandStatus> statusProperty() {
            return status;
        }

        public FieldProblem saidProblem() {
            return saidProblem;
        }

        private boolean given() {
            return !said.get().isBlank() || status.get() != null;
        }
    }

    private final Runner runner;
    private final RecordMeeting record;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateTyped = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty attendees = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Demand> demands;
    private final ObservableList<Demand> discussed = FXCollections.observableArrayList();
    private final Map<UUID, Response> responses = new LinkedHashMap<>();

    private final DialogForm parts = new DialogForm();
    private final BooleanProperty showAll = parts.showAll();
    private final FieldProblem dateProblem = new FieldProblem(showAll);
    private final FieldProblem titleProblem = new FieldProblem(showAll);
    private final FieldProblem attendeesProblem = new FieldProblem(showAll);
    private final FieldProblem notesProblem = new FieldProblem(showAll);
    private final FieldProblem rest = parts.rest();
    private final FormState form = parts.form();
    private Consumer<NegotiationMeeting> onSaved = m -> { };

    /** {@code demands}: those that may have been discussed, as read when the form opened. */
    public MeetingViewModel(Runner runner, List<Demand> demands, LocalDate today, RecordMeeting record) {
        this.runner = runner;
        this.record = record;
        this.demands = FXCollections.observableArrayList(demands);
        date.set(today);
        date.addListener(x -> dateProblem.touch());
        dateTyped.addListener(x -> dateProblem.touch());
        title.addListener(x -> titleProblem.touch());
        attendees.addListener(x -> attendeesProblem.touch());
        notes.addListener(x -> notesProblem.touch());
        List<Observable> all = new ArrayList<>(List.of(date, dateTyped, title, attendees, notes, discussed));
        for (Demand d : demands) {
            Response r = new Response(d, showAll);
            responses.put(d.id(), r);
            all.add(r.said);
            all.add(r.status);
        }
        all.forEach(o -> o.addListener(x -> check()));
        check();
    }

    public void setOnSaved(Consumer<NegotiationMeeting> onSaved) {
        this.onSaved = onSaved;
    }

    private void check() {
        dateProblem.set(FieldChecks.date(date.get(), dateTyped.get(), true));
        titleProblem.set(FieldChecks.shortText(title.get(), true));
        attendeesProblem.set(FieldChecks.longText(attendees.get(), false));
        notesProblem.set(FieldChecks.longText(notes.get(), false));
        boolean fieldsRight = List.of(dateProblem, titleProblem, attendeesProblem, notesProblem).stream()
                .noneMatch(FieldProblem::isWrong);
        for (Response r : responses.values()) {
            // A demand no longer discussed says nothing of its response: its words stay, if ticked again.
            r.saidProblem.set(discussed.contains(r.demand) ? FieldChecks.longText(r.said.get(), false) : "");
            fieldsRight &= !r.saidProblem.isWrong();
        }
        rest.set(fieldsRight ? String.join("\n", meeting().problems()) : "");
        form.checked(fieldsRight && !rest.isWrong(), true);
    }

    private NegotiationMeeting meeting() {
        return NegotiationMeeting.of(date.get(), title.get(), attendees.get(), notes.get());
    }

    /** The responses to save with {@code m}: one for each demand discussed with words or a new status. */
    private List<EmployerResponse> given(NegotiationMeeting m) {
        List<EmployerResponse> given = new ArrayList<>();
        for (Demand d : discussed) {
            Response r = responses.get(d.id());
            if (r.given()) {
                String said = r.said.get().isBlank() ? Messages.text("boards.meeting.statusChanged") : r.said.get();
                given.add(EmployerResponse.of(d.id(), m.heldOn(), said, null, ResponseChannel.MEETING, r.status.get(),
                        null, m.id()));
            }
        }
        return given;
    }

    /**
     * Saves the meeting, the demands discussed and the responses given; {@code saved} gets the
     * meeting on the FX thread. False, with every problem shown beside its field, when the form
     * cannot be saved as it is or a save is already running.
     */
    public boolean save(Consumer<NegotiationMeeting> saved) {
        showAll.set(true);
        check();
        if (!form.validProperty().get()) {
            return false;
        }
        NegotiationMeeting m = meeting();
        List<UUID> ids = discussed.stream().map(Demand::id).toList();
        List<EmployerResponse> given = given(m);
        return form.save(runner, Messages.text("boards.meeting.notSaved"), () -> record.record(m, ids, given), () -> { },
                done -> {
                    onSaved.accept(done);
                    saved.accept(done);
                });
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty dateTypedProblemProperty() {
        return dateTyped;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty attendeesProperty() {
        return attendees;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The demands to choose from. */
    public ObservableList<Demand> demands() {
        return demands;
    }

    /** The demands ticked as discussed, in the order ticked. */
    public ObservableList<Demand> discussed() {
        return discussed;
    }

    /** What the employer said on {@code d}, one of {@link #demands()}. */
    public Response response(Demand d) {
        return responses.get(d.id());
    }

    public FieldProblem dateProblem() {
        return dateProblem;
    }

    public FieldProblem titleProblem() {
        return titleProblem;
    }

    public FieldProblem attendeesProblem() {
        return attendeesProblem;
    }

    public FieldProblem notesProblem() {
        return notesProblem;
    }

    /** Said under the form: why the store refused the meeting, or anything else the model refuses. */
    public StringBinding formProblemProperty() {
        return parts.formProblem();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /**
     * Save is offered on a form just opened (pressed, it shows every problem at once), then waits
     * until they are put right; and it waits while a save runs.
     */
    public BooleanBinding cannotSaveProperty() {
        return parts.cannotSave();
    }
}
