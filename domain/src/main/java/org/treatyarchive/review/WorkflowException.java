package org.treatyarchive.review;

import org.treatyarchive.shared.ArchiveException;
import org.treatyarchive.shared.Phrase;

/** A review step that the proposal's state does not allow, such as approving a draft. Nothing changes. */
public class WorkflowException extends ArchiveException {

    public WorkflowException(String message) {
        super(message);
    }

    /** The refusal as a phrase of the domain's bundle, given to each reader in their language. */
    public WorkflowException(Phrase phrase) {
        super(phrase);
    }
}
