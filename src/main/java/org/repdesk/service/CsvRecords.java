package org.repdesk.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;

/**
 * A CSV file read a record at a time, each with the physical line it starts on (1 is the header), and,
 * where the file stops being CSV, the line and the reason in the rep's words. The member and absence
 * imports read their files through it, so both name a broken file alike.
 */
final class CsvRecords {

    /**
     * The longest value read, in characters. The imports' fields hold at most a few hundred; a far longer
     * one is a wrong file, told in one line (Jackson's own limit is 20 million and its message is a library's).
     */
    static final int LONGEST_VALUE = 10_000_000;

    private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LONGEST_VALUE).build())
                    .build())
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /** Takes one record; false stops the reading (a header that cannot be used). */
    interface Each {
        boolean record(long line, List<String> values);
    }

    /** Told once, where the file cannot be read past. */
    interface Unreadable {
        void at(long line, String reason);
    }

    /** How a reading ended. */
    enum Ending {
        /** Every record was handed on. */
        READ_TO_THE_END,
        /** The caller stopped it, or the file could not be read past a line ({@link Unreadable} was told). */
        STOPPED
    }

    private CsvRecords() {
    }

    /**
     * Hands each record of {@code in} to {@code each} (its values in a list reused for the next record).
     * A record's line is that of its first value: right after quoted line breaks and blank lines.
     */
    static Ending read(InputStream in, Each each, Unreadable unreadable) throws IOException {
        long nextRecordFrom = 1;
        long recordLine = -1;
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(in)) {
            List<String> values = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    values.clear();
                    recordLine = -1;
                } else if (token == JsonToken.VALUE_STRING) {
                    if (recordLine < 0) {
                        recordLine = parser.currentTokenLocation().getLineNr();
                    }
                    values.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY) {
                    long line = recordLine < 0 ? nextRecordFrom : recordLine;
                    nextRecordFrom = parser.currentLocation().getLineNr();
                    if (!each.record(line, values)) {
                        return Ending.STOPPED;
                    }
                    recordLine = -1;
                }
            }
            return Ending.READ_TO_THE_END;
        } catch (CharConversionException e) {
            unreadable.at(recordLine > 0 ? recordLine : nextRecordFrom, Messages.text("memberImport.notUtf8"));
            return Ending.STOPPED;
        } catch (JsonProcessingException e) {
            // An unclosed quote is only noticed at the end of the file: name the line its record starts on.
            long start = recordLine > 0 ? recordLine : nextRecordFrom;
            unreadable.at(unclosedQuote(e) ? start : lineOf(e.getLocation(), nextRecordFrom), malformed(e));
            return Ending.STOPPED;
        }
    }

    private static long lineOf(JsonLocation location, long otherwise) {
        return location == null || location.getLineNr() < 1 ? otherwise : location.getLineNr();
    }

    private static boolean unclosedQuote(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).contains("Missing closing quote"); // not for reps: Jackson's words
    }

    private static String malformed(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return Messages.text("export.import.valueTooLong", Map.of("max", LONGEST_VALUE));
        }
        if (unclosedQuote(e)) {
            return Messages.text("memberImport.unclosedQuote");
        }
        if (original.contains("Expected column separator")) { // not for reps: Jackson's words
            return Messages.text("memberImport.textAfterQuote");
        }
        return Messages.text("memberImport.notCsv",
                Map.of("detail", original.lines().findFirst().orElse(Messages.text("memberImport.unreadable"))));
    }
}
