package org.treatyarchive.web.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.treatyarchive.importing.ImportRefusedException;
import org.treatyarchive.importing.ImportRun;
import org.treatyarchive.importing.RegisterImport;
import org.treatyarchive.shared.AccessDeniedException;
import org.treatyarchive.web.shared.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Backs {@code imports/index.xhtml}: a register is uploaded for its dry run, which never writes a
 * record, and the page moves on to the run's own page to follow it; below, the recent runs.
 */
@Named
@RequestScoped
public class ImportsBacking {

    private static final String UPLOAD = "upload:file";

    @Inject
    RegisterImport imports;

    private List<ImportRun> recent;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            ImportRun run = imports.start(file.getFileName(), content, true, false);
            // The upload is an Ajax request: the browser is sent on by script, to a page it can reload and bookmark.
            String page = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/imports/run.xhtml?id=" + run.getId();
            PrimeFaces.current().executeScript("window.location.assign(" + Json.createValue(page) + ")");
        } catch (ImportRefusedException | AccessDeniedException refused) {
            Messages.error(UPLOAD, file.getFileName() + ": " + Messages.describe(refused));
        } catch (IOException unreadable) {
            Messages.error(UPLOAD, Messages.text("upload.unreadable", file.getFileName()));
        }
    }

    public List<ImportRun> getRecent() {
        if (recent == null) {
            recent = imports.recent();
        }
        return recent;
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public long getMaxMegabytes() {
        return imports.maxBytes() / (1024 * 1024);
    }
}
