package org.treatyarchive.importing;

/** Where an import run stands: waiting for a worker, being read, done, or stopped by a fault of the file. */
public enum ImportState {
    QUEUED("Waiting"), RUNNING("Running"), DONE("Done"), FAILED("Stopped");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
