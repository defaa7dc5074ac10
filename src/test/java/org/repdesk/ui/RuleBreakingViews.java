package org.repdesk.ui;

import java.nio.file.Path;
import org.repdesk.report.CaseloadHtml;
import org.repdesk.report.Pdf;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;

/**
 * Views written as the architecture forbids, for ArchitectureTest to prove its rule catches them:
 * a screen that makes a report itself and a dialog that calls a service itself. Never shown.
 */
final class RuleBreakingViews {

    private RuleBreakingViews() {
    }
}

/** Makes the caseload report's PDF in the view, as the dashboard once did. */
final class ReportMakingView {

    byte[] report(RepDesk desk) throws Exception {
        return Pdf.bytes(CaseloadHtml.render(org.repdesk.report.Caseload.of(desk)));
    }
}

/** Exports the members from the dialog, as File ▸ Export once did beside its menu. */
final class ExportingDialog {

    int export(RepDesk desk, Path out) throws Exception {
        return desk.exporter().exportMembers(Exporter.Format.CSV, out);
    }
}

/** Hands the desk to a view-model and lays out: what every view does. */
final class BindingOnlyView {

    String file(RepDesk desk) {
        return String.valueOf(desk.dataFile());
    }
}
