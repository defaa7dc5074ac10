package org.repdesk.cli;

/** A command could not do its job for a reason the rep can act on: exit 1 with this one line. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
