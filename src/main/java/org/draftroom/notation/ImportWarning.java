package org.draftroom.notation;

/** Something imported as best it could be, at a 1-based line and column of the source. */
public record ImportWarning(int line, int column, String message) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
