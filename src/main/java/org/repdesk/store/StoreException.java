package org.repdesk.store;

/**
 * A store failure with a message meant for the rep (what went wrong, what to do). The kind lets
 * the app choose what to offer, e.g. restoring from a backup for a damaged file.
 */
public class StoreException extends RuntimeException {

    public enum Kind {
        /** Not an SQLite file, or an SQLite file that is not RepDesk's. */
        FOREIGN_FILE,
        /** Protected with a passphrase, and none was given. */
        PASSPHRASE_NEEDED,
        /** The passphrase given does not open the file. */
        WRONG_PASSPHRASE,
        /** Written by a newer RepDesk than this one. */
        NEWER_VERSION,
        /** SQLite reports the file is malformed. */
        DAMAGED,
        /** The folder or file cannot be written. */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** Another program (often a second RepDesk) holds the file. */
        BUSY,
        /** A rule of the data was broken, e.g. a duplicate membership number. */
        CONSTRAINT,
        /** A casebook's server wants a password for the login, and none was given. */
        PASSWORD_NEEDED,
        /** The casebook's server refused the login or its password. */
        WRONG_PASSWORD,
        /** The casebook's server cannot be reached, or the connection to it was lost. */
        UNREACHABLE,
        /** The database is not a RepDesk casebook (or has not been set up with casebook init). */
        NOT_A_CASEBOOK,
        /** The login's role does not allow this (the database's own rules said no). */
        NOT_ALLOWED,
        /** Someone else saved the same case or member since it was opened (optimistic versioning). */
        CHANGED_ELSEWHERE,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
