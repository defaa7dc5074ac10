package org.repdesk.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.repdesk.i18n.Messages;

/**
 * A timeline entry RepDesk wrote by itself, as what happened and its values: stage names as stored,
 * statuses and absence reasons by their constants' names, dates ISO, numbers as digits. Worded when
 * read, in the reader's language ({@link #words}), as the audit trail is by {@code report/AuditWords};
 * the rep's own notes are never one of these.
 *
 * <p>The entry's stored summary holds {@link #searchWords()}, its wording in English and in Welsh,
 * so a search finds it by the words of either language.
 */
public record AutomaticEntry(TimelineEvent event, Map<String, String> values) {

    /** Between the English and the Welsh wording in the stored summary. */
    public static final String BETWEEN_LANGUAGES = " · ";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter UK_READ = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final List<Locale> LANGUAGES = List.of(Messages.ENGLISH, Messages.WELSH);

    public AutomaticEntry {
        Map<String, String> copy = new LinkedHashMap<>();
        for (String name : event.valueNames()) {
            String value = values.get(name);
            copy.put(name, value == null ? "" : value);
        }
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static AutomaticEntry caseOpened(String stage) {
        return new AutomaticEntry(TimelineEvent.CASE_OPENED, Map.of("stage", stage));
    }

    public static AutomaticEntry stageChanged(String from, String to) {
        return new AutomaticEntry(TimelineEvent.STAGE_CHANGED, Map.of("from", from, "to", to));
    }

    /** A change of status; a case closed says its outcome's first line. */
    public static AutomaticEntry statusChanged(CaseStatus from, CaseStatus to, String outcomeLine) {
        return to == CaseStatus.CLOSED
                ? new AutomaticEntry(TimelineEvent.CASE_CLOSED, Map.of("from", from.name(), "to", to.name(),
                        "outcome", outcomeLine == null ? "" : outcomeLine))
                : new AutomaticEntry(TimelineEvent.STATUS_CHANGED, Map.of("from", from.name(), "to", to.name()));
    }

    /** An absence recorded, changed or deleted. */
    public static AutomaticEntry absence(TimelineEvent event, Absence a) {
        return new AutomaticEntry(event, Map.of("first", a.firstDay().toString(), "last", a.lastDay().toString(),
                "reason", a.reason().name()));
    }

    public static AutomaticEntry workingPatternChanged() {
        return new AutomaticEntry(TimelineEvent.WORKING_PATTERN_CHANGED, Map.of());
    }

    public static AutomaticEntry absencesImported(long n) {
        return new AutomaticEntry(TimelineEvent.ABSENCES_IMPORTED, Map.of("n", Long.toString(n)));
    }

    /** Brought into a branch casebook from {@code file}; {@code was} its reference there when it was renumbered, else null. */
    public static AutomaticEntry broughtIn(String file, String was) {
        return was == null ? new AutomaticEntry(TimelineEvent.BROUGHT_IN, Map.of("file", file))
                : new AutomaticEntry(TimelineEvent.BROUGHT_IN_RENUMBERED, Map.of("file", file, "was", was));
    }

    public static AutomaticEntry noteRecovered() {
        return new AutomaticEntry(TimelineEvent.NOTE_RECOVERED, Map.of());
    }

    public static AutomaticEntry removedByRetention() {
        return new AutomaticEntry(TimelineEvent.REMOVED_BY_RETENTION, Map.of());
    }

    /** The entry in {@code language}: "Stage changed from Appeal to …", "Newidiwyd y cam o Apêl i …". */
    public String words(Locale language) {
        Map<String, Object> args = new LinkedHashMap<>();
        values.forEach((name, value) -> args.put(name, shown(name, value, language)));
        return Messages.text(language, event.key(), args);
    }

    /** Its words in English, then in Welsh: what the summary column holds, and a search reads. */
    public String searchWords() {
        String english = words(Messages.ENGLISH);
        String welsh = words(Messages.WELSH);
        return english.equals(welsh) ? english : english + BETWEEN_LANGUAGES + welsh;
    }

    /** A value as a reader of {@code language} sees it; one RepDesk did not write is shown as stored. */
    private Object shown(String name, String value, Locale language) {
        return switch (name) {
            case "stage" -> StageCatalogue.shown(value, language);
            // mid-sentence: "Status changed from open to closed", "Newidiwyd y cam o gam anffurfiol i apêl"
            case "from", "to" -> event == TimelineEvent.STAGE_CHANGED ? StageCatalogue.shownInSentence(value, language)
                    : constant(CaseStatus.class, value).map(s -> s.inSentence(language)).orElse(value);
            case "first", "last" -> {
                try {
                    yield UK.format(LocalDate.parse(value));
                } catch (DateTimeParseException notADate) {
                    yield value;
                }
            }
            case "reason" -> constant(AbsenceReason.class, value)
                    .map(r -> Messages.text(language, "absence.reason." + r.name())).orElse(value);
            case "n" -> value.matches("\\d{1,18}") ? (Object) Long.parseLong(value) : value;
            default -> value;
        };
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // --- stored form: the event's name, and its values as name=value lines ---

    /** Its values as stored: a {@code name=value} line each (a backslash or line break in a value escaped). */
    public String storedValues() {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        values.forEach((name, value) -> {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(name).append('=').append(value.replace("\\", "\\\\").replace("\n", "\\n"));
        });
        return s.toString();
    }

    /** The entry stored as {@code event} and {@code storedValues}; empty for none, or for an event this version does not know. */
    public static Optional<AutomaticEntry> fromStored(String event, String storedValues) {
        if (event == null) {
            return Optional.empty();
        }
        Optional<TimelineEvent> known = constant(TimelineEvent.class, event);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (storedValues != null) {
            for (String line : storedValues.split("\n", -1)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
                }
            }
        }
        return Optional.of(new AutomaticEntry(known.get(), values));
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    // --- entries written before V15, as text in the language of their day ---

    /**
     * What an entry written as text by an earlier RepDesk says, if it is one of RepDesk's own wordings
     * in English or Welsh (every wording so far is the bundles' present one: `git log -p` of the
     * bundles and, before them, of the services' literals); empty for anything else, which stays as written.
     */
    public static Optional<AutomaticEntry> recognise(EntryKind kind, String summary) {
        if (summary == null || summary.isBlank()) {
            return Optional.empty();
        }
        for (TimelineEvent event : TimelineEvent.values()) {
            if (event.kind() != null && event.kind() != kind) {
                continue;
            }
            for (Locale language : LANGUAGES) {
                Optional<Map<String, String>> values = event == TimelineEvent.ABSENCES_IMPORTED
                        ? importedCount(language, summary) : match(event, language, summary);
                if (values.isPresent()) {
                    return Optional.of(new AutomaticEntry(event, values.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static final char MARK = '\u0001';

    /** The wording's fixed pieces around its values, in order: values.size() + 1 pieces. */
    private static List<String> pieces(TimelineEvent event, Locale language) {
        return PIECES.computeIfAbsent(event.name() + '/' + language.getLanguage(), k -> piecesOf(event, language));
    }

    /** Worded once per event and language: a migration reads every automatic entry of a file through these. */
    private static final Map<String, List<String>> PIECES = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> piecesOf(TimelineEvent event, Locale language) {
        Map<String, Object> marks = new LinkedHashMap<>();
        event.valueNames().forEach(name -> marks.put(name, MARK + name + MARK));
        String marked = Messages.text(language, event.key(), marks);
        List<String> pieces = new ArrayList<>();
        List<String> order = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = marked.indexOf(MARK, at);
            if (open < 0) {
                pieces.add(marked.substring(at));
                break;
            }
            int close = marked.indexOf(MARK, open + 1);
            pieces.add(marked.substring(at, open));
            order.add(marked.substring(open + 1, close));
            at = close + 1;
        }
        pieces.add(0, String.join("\u0000", order)); // the values' order, first
        return List.copyOf(pieces);
    }

    private static Optional<Map<String, String>> match(TimelineEvent event, Locale language, String text) {
        List<String> pieces = pieces(event, language);
        List<String> order = pieces.get(0).isEmpty() ? List.of() : List.of(pieces.get(0).split("\u0000"));
        List<String> fixed = pieces.subList(1, pieces.size());
        String first = fixed.get(0);
        String last = fixed.get(fixed.size() - 1);
        if (order.isEmpty()) {
            return text.equals(first) ? Optional.of(Map.of()) : Optional.empty();
        }
        if (!text.startsWith(first) || !text.endsWith(last) || text.length() < first.length() + last.length()) {
            return Optional.empty();
        }
        String middle = text.substring(first.length(), text.length() - last.length());
        // A stage name may hold the words between ("Back to work plan"): the cut that reads the most
        // starting stages wins, then one with a single starting stage, then the first cut.
        int most = event == TimelineEvent.STAGE_CHANGED ? 2 : event == TimelineEvent.CASE_OPENED ? 1 : 0;
        for (int known = most; known >= 0; known--) {
            int wanted = known;
            Optional<Map<String, String>> found = split(middle, fixed.subList(1, fixed.size() - 1), order, 0,
                    new LinkedHashMap<>(), v -> plausible(event, v, wanted));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every way of cutting {@code rest} at the fixed pieces between values, shortest value first. */
    private static Optional<Map<String, String>> split(String rest, List<String> between, List<String> order, int i,
            Map<String, String> so, Predicate<Map<String, String>> plausible) {
        if (i == between.size()) {
            if (rest.isEmpty() && !order.get(i).equals("outcome")) { // a case closed with no outcome written
                return Optional.empty();
            }
            Map<String, String> all = new LinkedHashMap<>(so);
            all.put(order.get(i), rest);
            return plausible.test(all) ? Optional.of(all) : Optional.empty();
        }
        String cut = between.get(i);
        for (int at = rest.indexOf(cut, 1); at > 0; at = rest.indexOf(cut, at + 1)) {
            Map<String, String> next = new LinkedHashMap<>(so);
            next.put(order.get(i), rest.substring(0, at));
            Optional<Map<String, String>> found = split(rest.substring(at + cut.length()), between, order, i + 1, next,
                    plausible);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether the values read from an old wording are ones RepDesk wrote; turned into their stored form. */
    private static boolean plausible(TimelineEvent event, Map<String, String> v, int knownStages) {
        switch (event) {
            case CASE_OPENED -> {
                return storedStage(v, "stage") >= Math.min(knownStages, 1);
            }
            case STAGE_CHANGED -> {
                return storedStage(v, "from") + storedStage(v, "to") >= knownStages;
            }
            case STATUS_CHANGED, CASE_CLOSED -> {
                Optional<CaseStatus> from = status(v.get("from"));
                Optional<CaseStatus> to = status(v.get("to"));
                if (from.isEmpty() || to.isEmpty() || (event == TimelineEvent.CASE_CLOSED) != (to.get() == CaseStatus.CLOSED)) {
                    return false;
                }
                v.put("from", from.get().name());
                v.put("to", to.get().name());
                return true;
            }
            case ABSENCE_RECORDED, ABSENCE_CHANGED, ABSENCE_DELETED -> {
                Optional<LocalDate> first = date(v.get("first"));
                Optional<LocalDate> last = date(v.get("last"));
                Optional<AbsenceReason> reason = AbsenceReason.parse(v.get("reason"));
                if (first.isEmpty() || last.isEmpty() || reason.isEmpty()) {
                    return false;
                }
                v.put("first", first.get().toString());
                v.put("last", last.get().toString());
                v.put("reason", reason.get().name());
                return true;
            }
            default -> {
                return true; // a file's name, a reference: as written
            }
        }
    }

    /**
     * The starting stages' Welsh names to their stored English ones, as {@link StageCatalogue#stored}
     * gives them, made once: that words every starting stage in Welsh at each call, and a migration
     * asks it for each cut of each of a file's stage changes.
     */
    private static final Map<String, String> STORED_OF_WELSH = storedOfWelsh();

    private static Map<String, String> storedOfWelsh() {
        Map<String, String> map = new java.util.HashMap<>();
        StageCatalogue.DEFAULTS.stages().values().forEach(names -> names.forEach(name -> {
            map.put(StageCatalogue.shown(name, Messages.WELSH), name);
            for (Locale language : LANGUAGES) { // as the wording carries it mid-sentence since December 2026
                map.putIfAbsent(StageCatalogue.shownInSentence(name, language), name);
            }
        }));
        return Map.copyOf(map);
    }

    /** Puts a stage name read in either language as it is stored; 1 for one of RepDesk's starting stages. */
    private static int storedStage(Map<String, String> v, String name) {
        String written = v.get(name);
        String stored = STORED_OF_WELSH.getOrDefault(written.strip(), written);
        v.put(name, stored);
        return StageCatalogue.keyOf(stored) == null ? 0 : 1;
    }

    /** A status as written then: its English label (both languages wrote that), its Welsh one, or either's mid-sentence form. */
    private static Optional<CaseStatus> status(String text) {
        return Optional.ofNullable(STATUS_OF_LABEL.get(text));
    }

    private static final Map<String, CaseStatus> STATUS_OF_LABEL = statusOfLabel();

    private static Map<String, CaseStatus> statusOfLabel() {
        Map<String, CaseStatus> map = new java.util.HashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            map.put(s.label(), s);
            map.put(s.label(Messages.WELSH), s);
            for (Locale language : LANGUAGES) { // as the wording carries it mid-sentence since December 2026
                map.put(s.inSentence(language), s);
            }
        }
        return Map.copyOf(map);
    }

    /** A date as written then: 23/11/2026, or 2026-11-23 by the first versions. */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, UK_READ) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,9}");

    /** "3 absences imported to the record": the count is read by wording each count until one reads the same. */
    private static Optional<Map<String, String>> importedCount(Locale language, String text) {
        java.util.regex.Matcher digits = DIGITS.matcher(text);
        List<Long> candidates = new ArrayList<>(List.of(0L));
        while (digits.find()) {
            candidates.add(Long.parseLong(digits.group()));
        }
        for (long n : candidates) {
            if (Messages.text(language, TimelineEvent.ABSENCES_IMPORTED.key(), Map.of("n", n)).equals(text)) {
                return Optional.of(Map.of("n", Long.toString(n)));
            }
        }
        return Optional.empty();
    }
}
