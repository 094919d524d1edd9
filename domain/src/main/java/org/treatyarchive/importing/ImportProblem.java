package org.treatyarchive.importing;

/**
 * One thing wrong with a row, named by the column of the file it concerns ({@code signed},
 * {@code party:AZ:consentOn}), with the message the form would give.
 */
public record ImportProblem(String column, String message) {

    @Override
    public String toString() {
        return column + ": " + message;
    }
}
