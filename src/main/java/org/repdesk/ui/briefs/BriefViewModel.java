package org.repdesk.ui.briefs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.report.Brief;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefHtml;
import org.repdesk.report.BriefMarkdown;
import org.repdesk.report.BriefScope;
import org.repdesk.report.Pdf;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.OwnerOnlyFile;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.papers.Runner;

/**
 * The brief builder's state and commands: the demands to choose from and those chosen, the period
 * and filters, naming members (asked first), the problems with what was chosen, the preview's
 * pages, and saving the brief as PDF, HTML or Markdown. Store and rendering work through the
 * runner; questions, file choices and "saved" through {@link Dialogs}. Anonymised unless the rep
 * says otherwise.
 */
public final class BriefViewModel {

    /** The forms a brief is saved in. */
    public enum Format {
        PDF("pdf"), HTML("html"), MARKDOWN("md");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private record Made(Brief brief, byte[] pdf, List<byte[]> pages) {
    }

    private final Supplier<RepDesk> desk;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Predicate<String> plainTextAllowed;
    private final ObservableList<Demand> demands = FXCollections.observableArrayList();
    private final ObservableList<Demand> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty fromTypedProblem = new SimpleStringProperty("");
    private final StringProperty toTypedProblem = new SimpleStringProperty("");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>();
    private final StringProperty team = new SimpleStringProperty("");
    private final ObjectProperty<Grade> grade = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseType> caseType = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> smallGroup = new SimpleObjectProperty<>(BriefScope.DEFAULT_SMALL_GROUP);
    private final BooleanProperty identities = new SimpleBooleanProperty(false);
    private final ObjectProperty<DocumentLanguage> language = new SimpleObjectProperty<>(DocumentLanguage.ofApp());
    private final StringProperty vignettes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewMessage = new ReadOnlyStringWrapper(Messages.text("boards.brief.previewHint"));
    private final ReadOnlyObjectWrapper<List<byte[]>> pages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper made = new ReadOnlyBooleanWrapper(false);
    private Brief lastBrief;
    private byte[] lastPdf;
    private DocumentLanguage lastLanguage;

    /**
     * @param desk the open desk (asked for each time: the rep may open another file meanwhile)
     * @param plainTextAllowed asks, for a protected file, whether plain text may be written ("the brief")
     */
    public BriefViewModel(Supplier<RepDesk> desk, Runner runner, Dialogs dialogs, Predicate<String> plainTextAllowed) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.plainTextAllowed = plainTextAllowed;
        LocalDate today = desk.get().cases().today();
        from.set(today.minusMonths(12).withDayOfMonth(1));
        to.set(today);
    }

    /** Reads the demands to choose from, keeping the rep's choices (all chosen the first time). */
    public void reload() {
        List<UUID> kept = chosen.stream().map(Demand::id).toList();
        boolean first = demands.isEmpty();
        runner.run(Messages.text("boards.error.read"), () -> desk.get().demands().all(), list -> {
            demands.setAll(list);
            chosen.setAll(list.stream().filter(d -> first || kept.contains(d.id())).toList());
        });
    }

    /** Loads the campaign bulletins' demands into an empty log (never twice), then reads the list with them all chosen. */
    public void loadCampaignDemands() {
        runner.run(Messages.text("boards.error.load"), () -> CampaignBulletins.load(desk.get().demands()), added -> {
            problems.set("");
            reload(); // the log was empty: every demand loaded is chosen, as on a first read
        });
    }

    public void chooseAll() {
        chosen.setAll(demands);
    }

    public void chooseNone() {
        chosen.clear();
    }

    /**
     * After the rep ticked "include names": a brief with names holds special-category data, so it is
     * asked first; on Cancel the brief stays anonymised.
     */
    public void confirmIdentities() {
        if (identities.get() && !dialogs.confirm(Messages.text("boards.brief.namesHeader"),
                Messages.text("boards.brief.namesText"), Messages.text("boards.brief.namesOk"))) {
            identities.set(false);
        }
    }

    /** What the form says the brief covers. */
    public BriefScope scope() {
        List<UUID> ids = chosen.stream().map(Demand::id).toList();
        List<String> texts = Arrays.asList(vignettes.get() == null ? new String[0] : vignettes.get().split("\\R\\s*\\R"));
        return new BriefScope(from.get(), to.get(), ids, region.get(), team.get(), grade.get(), caseType.get(),
                smallGroup.get() == null ? BriefScope.DEFAULT_SMALL_GROUP : smallGroup.get(), identities.get(), texts);
    }

    /** Every problem with what was chosen, one a line; empty when the brief can be made. */
    private List<String> check() {
        List<String> found = new ArrayList<>();
        for (StringProperty typed : List.of(fromTypedProblem, toTypedProblem)) {
            if (typed.get() != null && !typed.get().isEmpty()) {
                found.add(typed.get());
            }
        }
        found.addAll(scope().problems());
        if (chosen.isEmpty()) {
            found.add(Messages.text(demands.isEmpty() ? "boards.brief.noDemandsInLog" : "boards.brief.chooseDemand"));
        }
        return found;
    }

    /** Makes the brief and renders its pages in the background; with problems, says them and makes nothing. */
    public void preview() {
        List<String> found = check();
        problems.set(String.join("\n", found));
        if (!found.isEmpty()) {
            return;
        }
        BriefScope scope = scope();
        DocumentLanguage in = language.get();
        previewMessage.set(Messages.text("boards.brief.preparing"));
        made.set(false);
        runner.run(Messages.text("boards.brief.notPrepared"), () -> {
            RepDesk d = desk.get();
            Brief brief = new BriefBuilder(d).build(scope, d.settings().repName().orElse(null));
            byte[] pdf = Pdf.bytes(BriefHtml.forPdf(brief, in));
            return new Made(brief, pdf, Pdf.pagesAsPng(pdf, 110));
        }, m -> {
            lastLanguage = in;
            lastBrief = m.brief();
            lastPdf = m.pdf();
            previewMessage.set("");
            pages.set(m.pages());
            made.set(true);
        });
    }

    /**
     * Saves the brief last previewed in {@code format} where the rep chooses (asked first for a
     * protected file: it is plain text), then says where and whether it names members.
     */
    public void save(Format format) {
        Brief brief = lastBrief;
        byte[] pdf = lastPdf;
        DocumentLanguage in = lastLanguage; // as previewed
        if (brief == null || !plainTextAllowed.test(Messages.text("boards.brief.what"))) {
            return;
        }
        String ext = format.extension();
        dialogs.chooseFileToSave(Messages.text("boards.brief.saveTitle"),
                "negotiation-brief-" + desk.get().cases().today() + "." + ext, // not for reps: a file name
                Dialogs.FileType.of(Messages.text("boards.brief.files", ext.toUpperCase(Locale.ROOT)), "*." + ext))
                .ifPresent(file -> runner.run(Messages.text("boards.brief.notSaved"), () -> {
                    byte[] bytes = switch (format) {
                        case PDF -> pdf;
                        case HTML -> BriefHtml.render(brief, in).getBytes(StandardCharsets.UTF_8);
                        case MARKDOWN -> BriefMarkdown.render(brief, in).getBytes(StandardCharsets.UTF_8);
                    };
                    OwnerOnlyFile.write(file, out -> out.write(bytes));
                    return file;
                }, (Path f) -> dialogs.inform(Messages.text("boards.brief.saved"),
                        List.of(Messages.text("boards.brief.savedTo", f), Messages.text(brief.scope().includeIdentities()
                                ? "boards.brief.namesWarning" : "boards.brief.anonymised")))));
    }

    /** The brief last previewed as PDF, to print; null before one was made. */
    public byte[] pdf() {
        return lastPdf;
    }

    public ObservableList<Demand> demands() {
        return demands;
    }

    /** The demands chosen for the brief (the view keeps its ticks in step with this). */
    public ObservableList<Demand> chosen() {
        return chosen;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** What is wrong with the "From" text as typed (bound from the date field); "" when it reads as a date. */
    public StringProperty fromTypedProblemProperty() {
        return fromTypedProblem;
    }

    public StringProperty toTypedProblemProperty() {
        return toTypedProblem;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public ObjectProperty<Grade> gradeProperty() {
        return grade;
    }

    public ObjectProperty<CaseType> caseTypeProperty() {
        return caseType;
    }

    public ObjectProperty<Integer> smallGroupProperty() {
        return smallGroup;
    }

    /** Name members in the brief (asked first: see {@link #confirmIdentities()}). */
    public BooleanProperty identitiesProperty() {
        return identities;
    }

    public StringProperty vignettesProperty() {
        return vignettes;
    }

    /** Why the brief cannot be made, one problem a line; "" otherwise. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What the preview says instead of pages (the hint, "Preparing the brief…"); "" while pages are shown. */
    public ReadOnlyStringProperty previewMessageProperty() {
        return previewMessage.getReadOnlyProperty();
    }

    /** The preview's pages as PNG images. */
    public ReadOnlyObjectProperty<List<byte[]>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** English, Welsh or both: the brief previewed and saved is made in it (the app's language at first). */
    public ObjectProperty<DocumentLanguage> languageProperty() {
        return language;
    }

    /** True once a brief was made and not since being remade: PDF, HTML, Markdown and Print are enabled by it. */
    public ReadOnlyBooleanProperty madeProperty() {
        return made.getReadOnlyProperty();
    }
}
