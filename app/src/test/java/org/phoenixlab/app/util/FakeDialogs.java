package org.phoenixlab.app.util;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A dialog service for view-model tests: it remembers what was said and answers from a script. */
public class FakeDialogs implements DialogService {
    /** One message shown: its kind ("error", "warn", "inform", "confirm", "unexpected"), header and text. */
    public record Said(String kind, String header, String message) {
    }

    public final List<Said> said = new ArrayList<>();
    /** The answers to give to confirm(), in order (no answer left: no). */
    public final Deque<Boolean> answers = new ArrayDeque<>();
    /** The files to give to the choosers, in order (none left: the user cancels). */
    public final Deque<Path> files = new ArrayDeque<>();

    public Said last() {
        return said.get(said.size() - 1);
    }

    public List<String> kinds() {
        return said.stream().map(Said::kind).toList();
    }

    @Override
    public void error(String header, String message) {
        said.add(new Said("error", header, message));
    }

    @Override
    public void warn(String header, String message) {
        said.add(new Said("warn", header, message));
    }

    @Override
    public void inform(String header, String message) {
        said.add(new Said("inform", header, message));
    }

    @Override
    public boolean confirm(String id, String header, String message) {
        said.add(new Said("confirm", header, message));
        return Boolean.TRUE.equals(answers.poll());
    }

    @Override
    public void unexpected(String message, String details) {
        said.add(new Said("unexpected", message, details));
    }

    @Override
    public Optional<Path> chooseToOpen(String title, String description, String pattern) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseToSave(String title, String description, String pattern, String initialName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public ProgressDialog progress(String id, String header, Runnable onCancel) {
        said.add(new Said("progress", header, ""));
        return new ProgressDialog() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public void header(String text) {
            }

            @Override
            public void close() {
            }
        };
    }
}
