package org.repdesk.ui.papers;

import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.EntryKind;
import org.repdesk.service.DocumentService;
import org.repdesk.ui.DateField;

/** Says where on a case a search's words were found: "Found in the document "…" (12/11/2026): …[word]…". */
public final class FoundOnCase {

    private static final int SHOWN = 3;

    private FoundOnCase() {
    }

    public static String describe(List<DocumentService.Found> hits) {
        StringBuilder s = new StringBuilder();
        for (DocumentService.Found f : hits.subList(0, Math.min(SHOWN, hits.size()))) {
            if (s.length() > 0) {
                s.append('\n');
            }
            String where = f.kind() == EntryKind.DOCUMENT ? "papers.found.document" : "papers.found.entry";
            s.append(Messages.text(where, Map.of("title", f.summary(), "date", DateField.format(f.date()),
                    "kind", f.kind().label(), "context", f.context().replaceAll("\\s+", " ").strip())));
        }
        if (hits.size() > SHOWN) {
            s.append('\n').append(Messages.text("papers.found.more", Map.of("n", hits.size() - SHOWN)));
        }
        return s.toString();
    }
}
