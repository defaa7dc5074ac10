package org.repdesk.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints a document's pages (the PDF's pages as images, so paper matches the PDF exactly). With no
 * printer installed JavaFX gives no job at all: the rep is told so and offered the PDF instead.
 */
final class Printing {

    private Printing() {
    }

    /** One node per page, each fitted inside the printable area of {@code layout}. */
    static List<Node> pageNodes(List<byte[]> pngPages, double printableWidth, double printableHeight) {
        List<Node> nodes = new ArrayList<>();
        for (byte[] png : pngPages) {
            ImageView view = new ImageView(new Image(new ByteArrayInputStream(png)));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(printableWidth);
            view.setFitHeight(printableHeight);
            nodes.add(view);
        }
        return nodes;
    }

    /** Prints the pages after the system print dialog; returns false (having said why) when it cannot. */
    static boolean print(Window owner, String what, List<byte[]> pngPages) {
        if (pngPages.isEmpty()) {
            return false;
        }
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            Alerts.info(owner, "No printer is set up on this computer", List.of(
                    "RepDesk could not find a printer to print " + what + ".",
                    "Export it as a PDF instead, and print that from another computer or take it on a tablet."));
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        boolean ok = true;
        for (Node page : pageNodes(pngPages, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            ok &= job.printPage(layout, page);
        }
        if (ok) {
            job.endJob();
        } else {
            job.cancelJob();
            Alerts.info(owner, "Printing failed", List.of("The printer refused a page of " + what
                    + ". Nothing more was sent; try again or export a PDF."));
        }
        return ok;
    }
}
