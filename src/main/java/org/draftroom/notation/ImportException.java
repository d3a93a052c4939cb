package org.draftroom.notation;

/** The input cannot be read at all (empty, binary, wrong encoding, too large); nothing was imported. */
public class ImportException extends RuntimeException {
    private final int line;
    private final int column;

    public ImportException(int line, int column, String message) {
        super(line + ":" + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
