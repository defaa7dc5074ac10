package org.repdesk.ui;

import java.nio.file.Path;
import org.repdesk.report.CaseloadHtml;
import org.repdesk.report.Pdf;
import org.repdesk.service.Exporter;
import org.repdesk.service.RepDesk;

/**
 * Views written as the architecture forbids, for ArchitectureTest to prove its rule catches them:
 * a screen that makes a report itself, a dialog that calls a service itself, a form that hands on a
 * service's method. Never shown.
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

/** Hands a view-model one of a service's methods rather than the service, as the member form once did. */
final class MethodHandingForm {

    java.util.function.BiFunction<org.repdesk.model.Member, org.repdesk.model.Member, org.repdesk.model.Member> save(
            RepDesk desk) {
        return desk.members()::save;
    }
}

/** Hands the desk to a view-model and lays out: what every view does. */
final class BindingOnlyView {

    String file(RepDesk desk) {
        return String.valueOf(desk.dataFile());
    }
}
