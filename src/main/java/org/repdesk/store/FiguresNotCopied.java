package org.repdesk.store;

/**
 * A casebook's COPY export met a figure whose text only Java writes as RepDesk always has (1.0E7,
 * 5.0E-4, NaN: outside what any form accepts); nothing was handed on as finished, and the caller
 * writes the file the Java way instead, with the same bytes as before.
 */
public final class FiguresNotCopied extends RuntimeException {

    FiguresNotCopied(Throwable cause) {
        super("a figure Java writes", cause); // not for reps: caught where the export is written
    }
}
