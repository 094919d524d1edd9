package org.treatyarchive.review;

import org.treatyarchive.shared.ArchiveException;

/** A review step that the proposal's state does not allow, such as approving a draft. Nothing changes. */
public class WorkflowException extends ArchiveException {

    public WorkflowException(String message) {
        super(message);
    }
}
