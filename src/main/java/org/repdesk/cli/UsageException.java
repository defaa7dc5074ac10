package org.repdesk.cli;

/** The command line was not understood: exit 2 with the message and the command's usage line. */
final class UsageException extends RuntimeException {

    private final String usage;

    UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    String usage() {
        return usage;
    }
}
