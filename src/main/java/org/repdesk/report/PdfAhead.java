package org.repdesk.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;

/**
 * The PDF and chart libraries made ready on a second thread while a command reads its figures. A
 * command's first document spends most of its time loading and first running those libraries (at
 * 100k cases a brief's charts and PDF took 1.3 s of the main thread's CPU, a second brief in the same
 * process 0.3 s), and the store's queries keep one core busy meanwhile, so on two cores that part
 * overlaps the reading. It draws a one-page sample in the documents' own stylesheet, with a chart,
 * into nothing. The command waits for it ({@link #awaitReady}) before drawing its own charts, so the
 * two threads never start the same libraries at once.
 */
public final class PdfAhead {

    private static final Logger LOG = Logger.getLogger(PdfAhead.class.getName());

    private final Thread thread;
    private volatile boolean drawn;

    private PdfAhead() {
        thread = new Thread(this::drawSample, "repdesk-pdf-ahead");
        thread.setDaemon(true); // never keeps a finished command's JVM alive
    }

    /** Starts making the libraries ready; call {@link #awaitReady} before making a chart or PDF. */
    public static PdfAhead start() {
        PdfAhead ahead = new PdfAhead();
        ahead.thread.start();
        return ahead;
    }

    /**
     * Waits until the sample is drawn; false when it failed (the document is then made without the
     * head start, as it would have been without this).
     */
    public boolean awaitReady() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drawn;
    }

    private void drawSample() {
        try {
            StringBuilder h = Documents.start(DocumentLanguage.ENGLISH, "RepDesk", "RepDesk", "RepDesk");
            h.append("<h1>RepDesk</h1>\n<p class=\"meta\">RepDesk</p>\n<h2>RepDesk</h2>\n")
                    .append("<table class=\"figures\"><tr><td><b>1</b> RepDesk</td></tr></table>\n")
                    .append(ChartObjects.element(new Charts.Bars(List.of("RepDesk"), List.of("RepDesk"),
                            List.of(new double[] {1}), "", "RepDesk", true, false, 0, 1400, 620), "RepDesk"));
            Pdf.render(Documents.end(h), OutputStream.nullOutputStream());
            // ICU's number formats, which the brief's first counted sentence would otherwise start on the
            // main thread: 0.2 s of its CPU at 100k cases (html phase 240-250 ms without, 40-50 ms with).
            Messages.text(Locale.UK, "doc.brief.monthsMerged", Map.of("n", 3));
            drawn = true;
        } catch (Exception e) {
            // Only time is lost: the command draws its own document as it would have without this.
            LOG.log(Level.FINE, "the PDF libraries could not be made ready ahead", e);
        }
    }
}
