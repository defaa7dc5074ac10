package org.repdesk.ui.papers;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.service.HearingService;

/** What falls due in the next two working days, said plainly: on the dashboard and when RepDesk starts. */
public final class DueSoonText {

    private DueSoonText() {
    }

    /** "Due today and in the next two working days (to Wednesday 25/11): 3", then one line each. */
    public static String heading(List<HearingService.DueSoon> due, LocalDate until) {
        // The day as it reads after "to" / "hyd at": Welsh mutates it ("hyd at ddydd Mawrth"), so the
        // bundle names each day rather than the JDK's "Dydd Mawrth".
        String to = Messages.text("papers.soon.until", Map.of("day", until.getDayOfWeek().name(),
                "date", String.format("%02d/%02d", until.getDayOfMonth(), until.getMonthValue())));
        return due.isEmpty() ? Messages.text("papers.soon.nothing", Map.of("until", to))
                : Messages.text("papers.soon.heading", Map.of("n", due.size(), "until", to));
    }

    public static List<String> lines(List<HearingService.DueSoon> due) {
        return due.stream().map(HearingService::describe).toList();
    }

    /**
     * How many lines the dashboard's notice shows: a branch casebook can have hundreds due in two days,
     * and a label of them all took the FX thread two seconds to lay out (docs/benchmarks.md).
     */
    public static final int SHOWN = 8;

    /** The heading and the first {@link #SHOWN} lines together, for a label, then how many more. */
    public static String text(List<HearingService.DueSoon> due, LocalDate until) {
        StringBuilder s = new StringBuilder(heading(due, until));
        for (String line : lines(due.subList(0, Math.min(SHOWN, due.size())))) {
            s.append('\n').append(line);
        }
        if (due.size() > SHOWN) {
            s.append('\n').append(Messages.text("papers.soon.more", Map.of("n", due.size() - SHOWN)));
        }
        return s.toString();
    }
}
