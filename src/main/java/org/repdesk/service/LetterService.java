package org.repdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.Hearing;
import org.repdesk.model.Letter;
import org.repdesk.model.LetterLanguage;
import org.repdesk.model.LetterTemplate;
import org.repdesk.model.Member;
import org.repdesk.model.MergeField;
import org.repdesk.store.Database;
import org.repdesk.store.LetterTemplateStore;

/**
 * Letters from templates: RepDesk's own (shipped with the app, in English and Welsh), the branch's
 * changes to them and its own templates (kept in the data file or casebook); a template filled
 * from a case; and the letter kept on the case as a document. Turning a letter into a .docx or PDF
 * is the report layer's ({@code report.LetterFiles}); both the app and the command line come here.
 */
public final class LetterService {

    /** RepDesk's own templates, in the order Tools ▸ Letter templates… lists them. */
    static final List<String> SHIPPED = List.of("reasonable-adjustments", "postpone-hearing", "appeal",
            "occupational-health-referral", "workload-review", "subject-access-request", "workload-grievance");

    /** A template as listed: whether it is RepDesk's own, and whether the branch changed it. */
    public record Listed(LetterTemplate template, boolean shipped, boolean changed) {
    }

    /** A letter filled for a case, with the fields the case had no value for (left in brackets in it). */
    public record Filled(Letter letter, List<MergeField> empty) {
    }

    private final RepDesk desk;
    private final Clock clock;
    private final LetterTemplateStore store;

    LetterService(Database db, RepDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        this.store = new LetterTemplateStore(db);
    }

    /** Every template: RepDesk's own (as the branch left them) in their order, then the branch's own by name. */
    public List<Listed> templates() {
        Map<String, LetterTemplate> kept = new LinkedHashMap<>();
        store.all().forEach(t -> kept.put(t.name(), t));
        List<Listed> out = new ArrayList<>();
        for (String name : SHIPPED) {
            LetterTemplate own = shipped(name);
            LetterTemplate t = kept.remove(name);
            out.add(new Listed(t == null ? own : t, true, t != null && !t.equals(own)));
        }
        kept.values().stream().sorted(Comparator.comparing(LetterTemplate::name))
                .forEach(t -> out.add(new Listed(t, false, false)));
        return out;
    }

    /** The template of that name; a one-line reason naming the templates there are when there is none. */
    public LetterTemplate template(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return templates().stream().map(Listed::template).filter(t -> t.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Messages.text("letters.error.unknown-template",
                        Map.of("name", String.valueOf(name), "names", String.join(", ",
                                templates().stream().map(l -> l.template().name()).toList()))))));
    }

    /** RepDesk's own text of a shipped template. */
    public static LetterTemplate shipped(String name) {
        String[] en = shippedText(name, "en");
        String[] cy = shippedText(name, "cy");
        return new LetterTemplate(name, en[0], en[1], cy[0], cy[1]);
    }

    /** A shipped text: its first line is the title, the rest (after a blank line) the letter. */
    private static String[] shippedText(String name, String language) {
        String resource = "letters/" + name + "." + language + ".txt";
        try (InputStream in = LetterService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int cut = text.indexOf('\n');
            return new String[] {text.substring(0, cut).strip(), text.substring(cut + 1).strip()};
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * Saves a template (new, or changed) after checking it: a field RepDesk does not know is named
     * now ("{member.nmae}"), not found later in a printed letter.
     */
    public LetterTemplate save(LetterTemplate template) {
        LetterTemplate t = template.tidied();
        ValidationException.throwIfAny(t.problems());
        store.save(t);
        return t;
    }

    /** A shipped template back to RepDesk's own text, or the branch's own template deleted. */
    public void restoreOrDelete(String name) {
        store.delete(name);
    }

    /** What a letter on a case is filled from, read once for every language it is written in. */
    private record OnCase(CaseFile caseFile, Optional<Member> member, List<HearingService.Scheduled> scheduled,
            Optional<String> repName) {
    }

    private OnCase read(UUID caseId) {
        CaseFile c = desk.cases().byId(caseId).orElseThrow(() ->
                new ValidationException(List.of(Messages.text("papers.error.no-case"))));
        return new OnCase(c, c.memberId() == null ? Optional.empty() : desk.members().byId(c.memberId()),
                desk.hearings().ofCase(caseId), desk.settings().repName());
    }

    /** What each field is for this case, in {@code language}; a field the case has no value for is absent. */
    private Map<MergeField, String> values(OnCase on, Locale language) {
        CaseFile c = on.caseFile();
        Map<MergeField, String> v = new EnumMap<>(MergeField.class);
        LocalDate today = LocalDate.now(clock);
        on.member().ifPresent(m -> {
            put(v, MergeField.MEMBER_NAME, m.shownName(language));
            put(v, MergeField.MEMBER_NUMBER, m.membershipNumber());
            put(v, MergeField.MEMBER_GRADE, m.grade() == null ? null : m.grade().label(language));
            put(v, MergeField.MEMBER_TEAM, m.team());
            put(v, MergeField.MEMBER_OFFICE, m.office());
            put(v, MergeField.MEMBER_UNION, m.union() == null ? null : m.union().label(language));
        });
        put(v, MergeField.CASE_REFERENCE, c.reference());
        put(v, MergeField.CASE_TYPE, c.type().inSentence(language)); // mid-sentence; MergeField.fill capitalises at a start
        put(v, MergeField.CASE_STAGE, org.repdesk.model.StageCatalogue.shown(c.stage(), language));
        put(v, MergeField.CASE_OPENED, longDate(c.openedOn(), language));
        put(v, MergeField.CASE_MANAGER, c.manager());
        put(v, MergeField.CASE_OUTCOME, c.outcome());
        put(v, MergeField.CASE_WORKLOAD, c.workloadAccount());
        List<HearingService.Scheduled> scheduled = on.scheduled();
        nextOrLast(scheduled, today, true).ifPresent(s -> {
            put(v, MergeField.HEARING_DATE, longDate(s.deadline().dueOn(), language));
            s.hearing().ifPresent(h -> {
                put(v, MergeField.HEARING_TIME, h.startsAt() == null ? null : h.startsAt().toString());
                put(v, MergeField.HEARING_PLACE, h.place());
                put(v, MergeField.HEARING_CHAIR, h.chair());
                put(v, MergeField.HEARING_LENGTH, h.length(language).orElse(null));
            });
        });
        nextOrLast(scheduled, today, false).ifPresent(s -> {
            put(v, MergeField.DEADLINE_DATE, longDate(s.deadline().dueOn(), language));
            put(v, MergeField.DEADLINE_WHAT, Deadline.whatIsDue(s.deadline().description(), language));
        });
        put(v, MergeField.REP_NAME, on.repName().orElse(null));
        put(v, MergeField.LETTER_DATE, longDate(today, language));
        return v;
    }

    /** The next hearing (or deadline) not done, from today; else the last one before today. */
    private static Optional<HearingService.Scheduled> nextOrLast(List<HearingService.Scheduled> all, LocalDate today,
            boolean hearing) {
        List<HearingService.Scheduled> of = all.stream().filter(s -> s.deadline().hearing() == hearing)
                .sorted(Comparator.comparing(s -> s.deadline().dueOn())).toList();
        Optional<HearingService.Scheduled> next = of.stream()
                .filter(s -> !s.deadline().done() && !s.deadline().dueOn().isBefore(today)).findFirst();
        return next.isPresent() ? next : of.stream().filter(s -> s.deadline().dueOn().isBefore(today))
                .reduce((a, b) -> b);
    }

    private static void put(Map<MergeField, String> v, MergeField f, String value) {
        if (value != null && !value.isBlank()) {
            v.put(f, value.strip());
        }
    }

    /** "18 December 2026", "18 Rhagfyr 2026". */
    static String longDate(LocalDate d, Locale language) {
        return d == null ? null : DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(d);
    }

    /**
     * The template filled for the case in the language(s) chosen. A field the case has no value for
     * is written as its name in square brackets ("[the hearing's date]"), for the rep to finish, and
     * listed in {@link Filled#empty()} so the rep is told before the letter is kept.
     */
    public Filled fill(String templateName, UUID caseId, LetterLanguage language) {
        LetterTemplate t = template(templateName);
        OnCase on = read(caseId); // once, though a letter in both languages is filled twice
        List<MergeField> empty = new ArrayList<>();
        List<Letter.Text> texts = new ArrayList<>();
        for (Locale l : language.languages()) {
            Map<MergeField, String> values = values(on, l);
            for (MergeField f : t.fields(l)) {
                if (!values.containsKey(f) && !empty.contains(f)) {
                    empty.add(f);
                }
            }
            java.util.function.Function<MergeField, String> value = f -> values.getOrDefault(f, "[" + f.label(l) + "]");
            String title = MergeField.fill(t.title(l), value);
            List<String> paragraphs = new ArrayList<>();
            for (String p : MergeField.fill(t.body(l), value).split("\\n\\s*\\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
            texts.add(new Letter.Text(l, title, paragraphs));
        }
        return new Filled(new Letter(t.name(), on.caseFile().reference(), texts), empty);
    }

    /** The file name a letter is saved under: its title and the case's reference, without characters file systems refuse. */
    public static String fileName(Letter letter, String ending) {
        String title = letter.texts().get(letter.texts().size() - 1).title();
        String name = (title + " " + letter.caseReference()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ").strip();
        if (name.length() > 120) {
            name = name.substring(0, 120).strip();
        }
        return name + "." + ending;
    }

    /**
     * Keeps a made letter on its case as a document (a letter to the employer, dated today), on the
     * case's timeline and found by the search like any document.
     */
    public CaseDocument keepOnCase(UUID caseId, Letter letter, String ending, byte[] bytes) {
        String title = letter.title();
        if (title.length() > org.repdesk.model.Problems.SHORT_TEXT_MAX) {
            title = title.substring(0, org.repdesk.model.Problems.SHORT_TEXT_MAX);
        }
        return desk.documents().attach(new DocumentService.Attachment(caseId, fileName(letter, ending), bytes,
                DocumentKind.LETTER_TO_EMPLOYER, LocalDate.now(clock), title, null));
    }

}
