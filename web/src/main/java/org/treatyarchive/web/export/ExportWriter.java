package org.treatyarchive.web.export;

import org.treatyarchive.agreement.AgreementSummary;

import java.io.IOException;

/** Writes agreements one at a time in one format; closing it ends the file, not the stream beneath. */
interface ExportWriter {

    void write(AgreementSummary agreement) throws IOException;

    void finish() throws IOException;
}
