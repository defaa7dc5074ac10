package org.repdesk.service;

import java.util.List;

/** A record was refused; the problems are in the rep's words, one per line. */
public class ValidationException extends RuntimeException {

    private final List<String> problems;

    public ValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
