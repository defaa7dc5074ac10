package org.repdesk.testing;

import java.util.ArrayList;
import java.util.List;
import javax.print.Doc;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.ServiceUIFactory;
import javax.print.attribute.Attribute;
import javax.print.attribute.AttributeSet;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintJobAttributeSet;
import javax.print.attribute.HashPrintServiceAttributeSet;
import javax.print.attribute.PrintJobAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.PrintServiceAttribute;
import javax.print.attribute.PrintServiceAttributeSet;
import javax.print.event.PrintJobAttributeListener;
import javax.print.event.PrintJobListener;
import javax.print.event.PrintServiceAttributeListener;

/**
 * A print queue that takes PDF, as every CUPS queue does: it keeps each job's document and
 * attributes instead of printing them. {@code refusing} makes it fail as a queue that does not
 * accept jobs (e.g. lpr exiting with an error).
 */
public final class PdfQueue implements PrintService {

    /** One job as the queue received it. */
    public record Received(byte[] pdf, PrintRequestAttributeSet attributes) {
    }

    private final String name;
    private final String refusing;
    private final List<Received> jobs = new ArrayList<>();

    public PdfQueue(String name) {
        this(name, null);
    }

    public PdfQueue(String name, String refusing) {
        this.name = name;
        this.refusing = refusing;
    }

    public List<Received> jobs() {
        return jobs;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public DocPrintJob createPrintJob() {
        PdfQueue queue = this;
        return new DocPrintJob() {
            @Override
            public PrintService getPrintService() {
                return queue;
            }

            @Override
            public PrintJobAttributeSet getAttributes() {
                return new HashPrintJobAttributeSet();
            }

            @Override
            public void addPrintJobListener(PrintJobListener listener) {
            }

            @Override
            public void removePrintJobListener(PrintJobListener listener) {
            }

            @Override
            public void addPrintJobAttributeListener(PrintJobAttributeListener listener, PrintJobAttributeSet attributes) {
            }

            @Override
            public void removePrintJobAttributeListener(PrintJobAttributeListener listener) {
            }

            @Override
            public void print(Doc doc, PrintRequestAttributeSet attributes) throws PrintException {
                if (refusing != null) {
                    throw new PrintException(refusing);
                }
                try {
                    jobs.add(new Received((byte[]) doc.getPrintData(), attributes));
                } catch (java.io.IOException e) {
                    throw new PrintException(e);
                }
            }
        };
    }

    @Override
    public DocFlavor[] getSupportedDocFlavors() {
        return new DocFlavor[] {DocFlavor.BYTE_ARRAY.PDF, DocFlavor.SERVICE_FORMATTED.PAGEABLE};
    }

    @Override
    public boolean isDocFlavorSupported(DocFlavor flavor) {
        return List.of(getSupportedDocFlavors()).contains(flavor);
    }

    @Override
    public boolean isAttributeValueSupported(Attribute attrval, DocFlavor flavor, AttributeSet attributes) {
        return true;
    }

    @Override
    public void addPrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public void removePrintServiceAttributeListener(PrintServiceAttributeListener listener) {
    }

    @Override
    public PrintServiceAttributeSet getAttributes() {
        return new HashPrintServiceAttributeSet();
    }

    @Override
    public <T extends PrintServiceAttribute> T getAttribute(Class<T> category) {
        return null;
    }

    @Override
    public Class<?>[] getSupportedAttributeCategories() {
        return new Class<?>[0];
    }

    @Override
    public boolean isAttributeCategorySupported(Class<? extends Attribute> category) {
        return true;
    }

    @Override
    public Object getDefaultAttributeValue(Class<? extends Attribute> category) {
        return null;
    }

    @Override
    public Object getSupportedAttributeValues(Class<? extends Attribute> category, DocFlavor flavor,
            AttributeSet attributes) {
        return null;
    }

    @Override
    public AttributeSet getUnsupportedAttributes(DocFlavor flavor, AttributeSet attributes) {
        return new HashAttributeSet();
    }

    @Override
    public ServiceUIFactory getServiceUIFactory() {
        return null;
    }
}
