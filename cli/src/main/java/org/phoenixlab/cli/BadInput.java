package org.phoenixlab.cli;

/** Bad input or usage: the command prints the message on one line and exits with 2. */
final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
