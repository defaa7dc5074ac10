package org.repdesk.service;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.StreamPrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.repdesk.i18n.Messages;

/**
 * The computer's print queues (CUPS on Linux, the Windows and macOS printers) and printing a
 * RepDesk PDF on one of them, for the app and the command line alike.
 *
 * <p>A queue that takes PDF (every CUPS queue) gets the PDF RepDesk made, so the printed pages keep
 * its fonts; any other printer gets its pages as vector drawings through PDFBox's
 * {@link PDFPageable}. Either way the printer draws at its own resolution (the earlier JavaFX
 * printing sent each page as a 110 ppi picture: 1.25 MB of PostScript for a two-page summary).
 */
public final class Printers {

    /** Reps' paper: A4 in England and Wales; Letter for a printer that has nothing else. */
    public enum Paper {
        A4(MediaSizeName.ISO_A4), LETTER(MediaSizeName.NA_LETTER);

        private final MediaSizeName media;

        Paper(MediaSizeName media) {
            this.media = media;
        }

        /** The paper's name in the rep's language. */
        public String label() {
            return Messages.text("print.paper." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** One print queue as the system names it; {@code isDefault} when the system marks it so. */
    public record Queue(String name, boolean isDefault) {
    }

    /**
     * A document to print: {@code title} names the job in the queue ("Case 2024-0002 summary"),
     * {@code pdf} is the PDF RepDesk made for it.
     */
    public record Job(String title, byte[] pdf, String printer, Paper paper, int copies) {

        public Job {
            if (copies < 1 || copies > MAX_COPIES) {
                throw new IllegalArgumentException("copies out of range: " + copies);
            }
        }
    }

    /** More than this is a typing slip rather than a need (a hearing bundle is a handful). */
    public static final int MAX_COPIES = 99;

    /** Where the queues come from and how a job reaches them: the real system, or a test's. */
    public interface PrintSystem {

        /** Every queue that can print pages drawn by Java (the system's printers). */
        List<PrintService> services();

        /** The queue the system marks as its default, when it marks one. */
        Optional<PrintService> defaultService();

        /**
         * Why a job for {@code service} could not leave this computer, before anything is sent;
         * empty when it can. (On Linux Java hands jobs to CUPS through the {@code lpr} program.)
         */
        Optional<String> cannotHandOver(PrintService service);
    }

    private final PrintSystem system;

    public Printers(PrintSystem system) {
        this.system = system;
    }

    /** The print queues of this computer. */
    public static Printers ofThisComputer() {
        return new Printers(new ThisComputer());
    }

    /** Every queue, the default first when there is one, then by name. */
    public List<Queue> queues() {
        String defaultName = system.defaultService().map(PrintService::getName).orElse(null);
        List<Queue> all = new ArrayList<>();
        for (PrintService s : system.services()) {
            all.add(new Queue(s.getName(), s.getName().equals(defaultName)));
        }
        all.sort((a, b) -> a.isDefault() != b.isDefault() ? (a.isDefault() ? -1 : 1)
                : a.name().compareToIgnoreCase(b.name()));
        return List.copyOf(all);
    }

    /** The queue to offer first: the default, or else the first there is (none marked is common on CUPS). */
    public Optional<Queue> preselected() {
        List<Queue> all = queues();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The queue called {@code name} (exactly, else ignoring case), or why there is none. */
    public Queue queueNamed(String name) throws PrintFailure {
        List<Queue> all = queues();
        for (Queue q : all) {
            if (q.name().equals(name)) {
                return q;
            }
        }
        for (Queue q : all) {
            if (q.name().equalsIgnoreCase(name)) {
                return q;
            }
        }
        throw new PrintFailure(all.isEmpty() ? Messages.text("print.none")
                : Messages.text("print.unknownPrinter", Map.of("name", name,
                        "names", String.join(", ", all.stream().map(Queue::name).toList()))));
    }

    /**
     * Hands the job to the print system; returns when the queue has it (the printer prints later).
     *
     * @return the number of pages sent
     * @throws PrintFailure when it could not be handed over, saying why in one line
     */
    public int print(Job job) throws PrintFailure {
        String queueName = queueNamed(job.printer()).name();
        PrintService service = system.services().stream().filter(s -> s.getName().equals(queueName))
                .findFirst().orElseThrow(() -> new PrintFailure(Messages.text("print.none")));
        Optional<String> blocked = system.cannotHandOver(service);
        if (blocked.isPresent()) {
            throw new PrintFailure(blocked.get());
        }
        try (PDDocument doc = Loader.loadPDF(job.pdf())) {
            if (service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
                // CUPS takes the PDF itself and renders it for the printer: fonts stay fonts, and the
                // job is the PDF's size (a two-page summary: 60 KB, against 1.7 MB as drawn pages).
                service.createPrintJob().print(new SimpleDoc(job.pdf(), DocFlavor.BYTE_ARRAY.PDF, null),
                        requestFor(job, service));
                return doc.getNumberOfPages();
            }
            PrinterJob printerJob = PrinterJob.getPrinterJob();
            printerJob.setPrintService(service);
            printerJob.setJobName(job.title());
            // PDFPageable keeps each page's own size and orientation and draws it as vector shapes.
            printerJob.setPageable(new PDFPageable(doc));
            printerJob.print(requestFor(job, service));
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new PrintFailure(Messages.text("print.unreadable"), e);
        } catch (PrinterException | PrintException e) {
            throw new PrintFailure(Messages.text("print.refused", Map.of("name", queueName,
                    "reason", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())), e);
        }
    }

    /** What the queue is asked for: the job's name (CUPS shows it in the queue), copies, paper. */
    static PrintRequestAttributeSet requestFor(Job job, PrintService service) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(job.title(), Messages.language()));
        attributes.add(new Copies(job.copies()));
        if (service.isAttributeValueSupported(job.paper().media, null, null)) {
            attributes.add(job.paper().media);
        }
        return attributes;
    }

    /** The job could not be handed to the print system; the message says why, in the rep's words. */
    public static final class PrintFailure extends Exception {

        private static final long serialVersionUID = 1L;

        public PrintFailure(String message) {
            super(message);
        }

        public PrintFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The printers Java sees on this computer (through CUPS on Linux and macOS). */
    static final class ThisComputer implements PrintSystem {

        @Override
        public List<PrintService> services() {
            // PAGEABLE: the queues PrinterJob can print PDFBox's pages on, i.e. every real printer.
            return Arrays.asList(PrintServiceLookup.lookupPrintServices(DocFlavor.SERVICE_FORMATTED.PAGEABLE, null));
        }

        @Override
        public Optional<PrintService> defaultService() {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }

        @Override
        public Optional<String> cannotHandOver(PrintService service) {
            if (service instanceof StreamPrintService || !isLinux()) {
                return Optional.empty();
            }
            // Java runs lpr for every job on Linux; without it the job vanishes and Java says nothing.
            return onPath("lpr") ? Optional.empty() : Optional.of(Messages.text("print.noLpr"));
        }

        private static boolean isLinux() {
            return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        }

        private static boolean onPath(String program) {
            String path = System.getenv("PATH");
            List<String> dirs = new ArrayList<>(List.of("/usr/bin", "/bin"));
            if (path != null) {
                dirs.addAll(0, Arrays.asList(path.split(java.io.File.pathSeparator)));
            }
            return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, program)).anyMatch(Files::isExecutable);
        }
    }
}
