package org.repdesk.ui.members;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.model.SearchFolding;
import org.repdesk.service.CaseService;
import org.repdesk.service.MemberService;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.Latest;
import org.repdesk.ui.papers.Runner;

/**
 * The members screen with no window: the search, the members it finds, the member chosen and
 * their cases, and deleting a member once the rep says yes (never one who still has cases).
 * The member's own form is {@link MemberFormViewModel}.
 */
public final class MembersViewModel {

    private final MemberService members;
    private final CaseService cases;
    private final ObservableList<Member> all;
    private final Runner runner;
    private final Dialogs dialogs;
    private final StringProperty search = new SimpleStringProperty("");
    private final FilteredList<Member> found;
    private final ObjectProperty<Member> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseFile> casesOfSelected = FXCollections.observableArrayList();
    private final BooleanBinding nothingSelected = Bindings.isNull(selected);
    private final StringBinding emptyWords;
    private final Latest casesRead = new Latest();

    /** @param all the desk's members, read once for every screen (DeskState) */
    public MembersViewModel(MemberService members, CaseService cases, ObservableList<Member> all, Runner runner,
            Dialogs dialogs) {
        this.members = members;
        this.cases = cases;
        this.all = all;
        this.runner = runner;
        this.dialogs = dialogs;
        this.found = new FilteredList<>(all);
        search.addListener((o, a, text) -> found.setPredicate(m -> matches(m, text)));
        // The table is empty either way: say which (a search that finds no one is not "no members").
        emptyWords = Bindings.when(Bindings.isEmpty(all))
                .then(Messages.text("members.none"))
                .otherwise(Messages.text("members.none-match"));
    }

    /** True when the member's name, number, team, office or email holds {@code text}, accents and case aside. */
    public static boolean matches(Member m, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        for (String field : new String[] {m.shownName(), m.membershipNumber(), m.team(), m.office(), m.email()}) {
            if (SearchFolding.contains(field, text)) {
                return true;
            }
        }
        return false;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The members the search finds, in the desk's order (the table sorts its own view of them). */
    public ObservableList<Member> found() {
        return found;
    }

    public ObjectProperty<Member> selectedProperty() {
        return selected;
    }

    /** Open a case, subject access, absence record and Delete need a member chosen. */
    public BooleanBinding nothingSelectedProperty() {
        return nothingSelected;
    }

    /** What the empty table says: no members at all, or none matching the search. */
    public StringBinding emptyWordsProperty() {
        return emptyWords;
    }

    /** The chosen member's cases, read when the member is chosen. */
    public ObservableList<CaseFile> casesOfSelected() {
        return casesOfSelected;
    }

    /** Chooses {@code m} (null: none) and reads their cases; a read finishing after another member was chosen is dropped. */
    public void show(Member m) {
        selected.set(m);
        casesOfSelected.clear();
        if (m == null) {
            casesRead.forget();
            return;
        }
        runner.run(Messages.text("members.failed.cases"), () -> cases.ofMember(m.id()),
                casesRead.ask(casesOfSelected::setAll));
    }

    /**
     * Deletes the chosen member once the rep says yes; a member with cases is refused and told why
     * (the cases would lose whom they are about). {@code deleted} runs after, on the FX thread.
     */
    public void deleteSelected(Runnable deleted) {
        Member m = selected.get();
        if (m == null) {
            return;
        }
        if (!casesOfSelected.isEmpty()) {
            dialogs.warn(Messages.text("members.delete.has-cases", Map.of("name", m.shownName())),
                    List.of(Messages.text("members.delete.has-cases.why")));
            return;
        }
        if (!dialogs.confirm(Messages.text("members.delete.question", Map.of("name", m.shownName())),
                Messages.text("members.delete.detail"), Messages.text("members.delete.button"))) {
            return;
        }
        runner.run(Messages.text("members.delete.failed"), () -> {
            members.delete(m.id());
            return m;
        }, gone -> {
            all.removeIf(x -> Objects.equals(x.id(), gone.id()));
            deleted.run();
        });
    }
}
