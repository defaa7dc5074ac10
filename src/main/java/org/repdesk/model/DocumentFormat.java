package org.repdesk.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a case can hold, known by their name's ending and checked against their first
 * bytes, so a renamed program or a damaged download is refused rather than stored as a "letter".
 */
public enum DocumentFormat {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    ODT("application/vnd.oasis.opendocument.text", List.of("odt")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    EML("message/rfc822", List.of("eml")),
    TEXT("text/plain", List.of("txt", "text"));

    private final String mediaType;
    private final List<String> endings;

    DocumentFormat(String mediaType, List<String> endings) {
        this.mediaType = mediaType;
        this.endings = endings;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name ending, without the dot. */
    public String ending() {
        return endings.get(0);
    }

    public List<String> endings() {
        return endings;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF;
    }

    /** PDFs and images are shown inside RepDesk; the rest as their text, or in their own application. */
    public boolean canPreview() {
        return this == PDF || isImage();
    }

    /** The format a file name says, by its ending (any case). */
    public static Optional<DocumentFormat> ofFileName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String ending = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.endings.contains(ending)).findFirst();
    }

    /** Every ending accepted, e.g. for a file chooser's filter ("*.pdf", "*.docx", ...). */
    public static List<String> allEndings() {
        return Arrays.stream(values()).flatMap(f -> f.endings.stream()).toList();
    }

    /**
     * True when the first bytes are what this format starts with: PDF "%PDF-", Word and
     * OpenDocument a zip "PK\3\4", PNG, JPEG and GIF their signatures. E-mails and plain text have
     * no signature; they must not look like a program or a zip.
     */
    public boolean matches(byte[] head) {
        return switch (this) {
            case PDF -> startsWith(head, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case DOCX, ODT -> startsWith(head, new byte[] {'P', 'K', 3, 4});
            case PNG -> startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            case JPEG -> startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
            case GIF -> startsWith(head, "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            case EML, TEXT -> !looksBinary(head);
        };
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte in the first 4 KB: text (UTF-8, Latin-1, even UTF-8 with a BOM) has none. */
    private static boolean looksBinary(byte[] head) {
        for (int i = 0; i < Math.min(head.length, 4096); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
