package org.treatyarchive.persistence.importing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.importing.ImportFormat;
import org.treatyarchive.importing.ImportRefusedException;
import org.treatyarchive.importing.RegisterColumns;
import org.treatyarchive.importing.RegisterFile;
import org.treatyarchive.importing.RegisterRow;
import org.treatyarchive.persistence.config.DatabaseSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Uploaded registers under {@code $ARCHIVE_DATA_DIR/imports}, one file per upload, kept until its
 * import is done (a dry run's, until it is imported or a week has passed). Which format a file is,
 * its first bytes say; the name a browser sent is only shown.
 */
@ApplicationScoped
public class FileRegisterFile implements RegisterFile {

    private static final long MEGABYTE = 1024L * 1024;
    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}\\.(csv|xlsx|json)");
    /** Marks a row with more cells than its header has columns: a value with an unquoted separator, most likely. */
    public static final String EXTRA_CELLS = RegisterRow.EXTRA_CELLS;

    private Path folder;
    private long maxBytes;

    @PostConstruct
    void open() {
        folder = DatabaseSettings.current().dataDirectory().resolve("imports");
        maxBytes = ConfigProvider.getConfig(FileRegisterFile.class.getClassLoader())
                .getOptionalValue("archive.max.import.mb", Long.class).orElse(RegisterFile.DEFAULT_MAX_MB) * MEGABYTE;
        try {
            Files.createDirectories(folder);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot create the folder for imports " + folder, unwritable);
        }
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public Stored keep(String fileName, InputStream content) {
        Path part;
        try {
            part = Files.createTempFile(folder, "upload-", ".part");
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Cannot make room for an import in " + folder, unwritable);
        }
        try {
            byte[] head = new byte[4096];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    if (headLength < head.length) {
                        int take = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw new ImportRefusedException("The file is larger than " + maxBytes / MEGABYTE + " MB, the most one import takes "
                                + "(ARCHIVE_MAX_IMPORT_MB). Split the register into several files and import them one after the other.");
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new ImportRefusedException("The file is empty.");
            }
            ImportFormat format = formatOf(Arrays.copyOf(head, headLength));
            Path kept = folder.resolve(UUID.randomUUID() + "." + format.name().toLowerCase());
            Files.move(part, kept);
            return new Stored(kept.getFileName().toString(), size, format);
        } catch (IOException failed) {
            deleteQuietly(part);
            throw new UncheckedIOException("Could not receive the file", failed);
        } catch (RuntimeException refused) {
            deleteQuietly(part);
            throw refused;
        }
    }

    /** What the content is, from its first bytes; a format the import does not read is named, so that the person knows what to save instead. */
    static ImportFormat formatOf(byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return ImportFormat.XLSX;
        }
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) {
            throw wrong("a PDF document");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw wrong("an Excel 97–2003 workbook (.xls); save it as .xlsx or as CSV UTF-8");
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47) || startsWith(head, 0xFF, 0xD8, 0xFF) || startsWith(head, 0x1F, 0x8B)) {
            throw wrong("a picture or a compressed archive");
        }
        for (byte b : head) {
            if (b == 0) {
                throw wrong("binary data, not text (a UTF-16 file? save it as CSV UTF-8)");
            }
        }
        int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        return start < head.length && (head[start] == '[' || head[start] == '{') ? ImportFormat.JSON : ImportFormat.CSV;
    }

    @Override
    public int check(String key, ImportFormat format) {
        int[] rows = {0};
        read(key, format, 0, row -> rows[0]++);
        return rows[0];
    }

    @Override
    public void read(String key, ImportFormat format, int skip, Consumer<RegisterRow> rows) {
        Path file = fileOf(key);
        int[] delivered = {0};
        Consumer<RegisterRow> after = row -> {
            if (delivered[0]++ >= skip) {
                rows.accept(row);
            }
        };
        try {
            switch (format) {
                case CSV -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        new CsvRows().read(in, new Sheet(after));
                    }
                }
                case XLSX -> new XlsxRows().read(file, new Sheet(after));
                case JSON -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        new JsonRows().read(in, (number, members) -> {
                            after.accept(new RegisterRow(number, named(number, members)));
                            return true;
                        });
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            throw new ImportRefusedException("The uploaded file is no longer kept (a dry run's file is kept for a week); upload it again.");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the import " + key, unreadable);
        }
    }

    /** A JSON object's members by the archive's column names; an unknown member is refused as an unknown column is. */
    private static Map<String, String> named(int number, Map<String, String> members) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> names = RegisterColumns.header(List.copyOf(members.keySet()));
        int i = 0;
        for (Map.Entry<String, String> member : members.entrySet()) {
            String name = names.get(i++);
            if (name != null && !RegisterColumns.IGNORED.contains(name)) {
                cells.put(name, member.getValue());
            }
        }
        return cells;
    }

    @Override
    public void delete(String key) {
        deleteQuietly(fileOf(key));
    }

    private Path fileOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an import file: " + key);
        }
        return folder.resolve(key);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImportRefusedException wrong(String what) {
        return new ImportRefusedException("The file is " + what + ". An import reads a CSV file (UTF-8), an Excel workbook (.xlsx) "
                + "or the archive's JSON export; download the template for the columns.");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover file in the imports folder harms nothing
        }
    }

    /** Rows of cells under the header, by column name; blank rows are skipped as spreadsheets leave them. */
    private static final class Sheet implements SheetRows.RowSink {
        private final Consumer<RegisterRow> rows;
        private List<String> names;

        Sheet(Consumer<RegisterRow> rows) {
            this.rows = rows;
        }

        @Override
        public boolean row(int number, List<String> cells) {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return true;
            }
            if (names == null) {
                names = RegisterColumns.header(cells);
                return true;
            }
            Map<String, String> named = new LinkedHashMap<>();
            int extra = 0;
            for (int i = 0; i < cells.size(); i++) {
                String name = i < names.size() ? names.get(i) : null;
                if (name != null && !RegisterColumns.IGNORED.contains(name)) {
                    named.put(name, cells.get(i));
                } else if (i >= names.size() && !cells.get(i).isBlank()) {
                    extra++;
                }
            }
            if (extra > 0) {
                named.put(EXTRA_CELLS, String.valueOf(cells.size()));
            }
            // A row shorter than the header leaves its last columns as the record holds them only if the file
            // lacks those columns altogether: missing cells of a column the file has are blank, as a spreadsheet shows them.
            for (String name : names) {
                if (name != null && !RegisterColumns.IGNORED.contains(name)) {
                    named.putIfAbsent(name, "");
                }
            }
            rows.accept(new RegisterRow(number, named));
            return true;
        }
    }
}
