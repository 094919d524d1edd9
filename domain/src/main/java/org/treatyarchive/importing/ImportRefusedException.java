package org.treatyarchive.importing;

import org.treatyarchive.shared.ArchiveException;
import org.treatyarchive.shared.Phrase;

/** A file an import cannot read at all: empty, too large, not one of the formats, not UTF-8, without the columns it needs. */
public class ImportRefusedException extends ArchiveException {

    public ImportRefusedException(String message) {
        super(message);
    }

    public ImportRefusedException(Phrase phrase) {
        super(phrase);
    }
}
