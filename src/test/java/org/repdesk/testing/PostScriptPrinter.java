package org.repdesk.testing;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import org.repdesk.service.Printers;

/**
 * A print queue that writes the job as PostScript into memory (Java's own stream printer): the
 * pages go through the same PrinterJob as on a real printer, and a test reads what was "printed".
 */
public final class PostScriptPrinter {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final StreamPrintService service =
            PrinterJob.lookupStreamPrintServices("application/postscript")[0].getPrintService(printed);

    public String name() {
        return service.getName();
    }

    /** What reached the printer, as PostScript text. */
    public String printed() {
        return printed.toString(StandardCharsets.ISO_8859_1);
    }

    /** The PostScript pages printed so far. */
    public int pages() {
        return printed().split("%%Page: ", -1).length - 1;
    }

    /** The computer's queues: this printer alone, marked as the default or not. */
    public Printers only(boolean markedDefault) {
        return new Printers(system(List.of(service), markedDefault ? service : null, null));
    }

    /** This printer, the only one, marked the default, found only once {@code found} is counted down (a slow print system). */
    public Printers foundOnceLetGo(java.util.concurrent.CountDownLatch found) {
        Printers.PrintSystem only = system(List.of(service), service, null);
        return new Printers(new Printers.PrintSystem() {
            @Override
            public List<PrintService> services() {
                try {
                    found.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return only.services();
            }

            @Override
            public Optional<PrintService> defaultService() {
                return only.defaultService();
            }

            @Override
            public Optional<String> cannotHandOver(PrintService s) {
                return only.cannotHandOver(s);
            }
        });
    }

    /** This printer, but jobs cannot leave the computer, for {@code why}. */
    public Printers unreachable(String why) {
        return new Printers(system(List.of(service), null, why));
    }

    /** A computer with no printers at all. */
    public static Printers none() {
        return new Printers(system(List.of(), null, null));
    }

    /** The computer's queues are {@code services}; {@code marked} is the default (or null). */
    public static Printers queues(List<PrintService> services, PrintService marked) {
        return new Printers(system(services, marked, null));
    }

    static Printers.PrintSystem system(List<PrintService> services, PrintService marked, String blocked) {
        return new Printers.PrintSystem() {
            @Override
            public List<PrintService> services() {
                return services;
            }

            @Override
            public Optional<PrintService> defaultService() {
                return Optional.ofNullable(marked);
            }

            @Override
            public Optional<String> cannotHandOver(PrintService s) {
                return Optional.ofNullable(blocked);
            }
        };
    }
}
