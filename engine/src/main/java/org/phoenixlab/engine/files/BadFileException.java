package org.phoenixlab.engine.files;

/**
 * A scenario, recording or lesson file that cannot be used: which file, where (line and column, when
 * known) and what is wrong, in words for a person. The one error type every loader throws.
 */
public class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;
    private final String problem;

    public BadFileException(String file, long line, long column, String problem) {
        super(file + ": " + (line > 0 ? "line " + line + ", column " + column + ": " : "") + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public BadFileException(String file, String problem) {
        this(file, 0, 0, problem);
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is about the whole file. */
    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
