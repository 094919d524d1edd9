package org.treatyarchive.persistence.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.document.DocumentRefusedException;
import org.treatyarchive.document.DocumentStore;
import org.treatyarchive.persistence.config.DatabaseSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The document store on the file system, under {@code $ARCHIVE_DATA_DIR/documents}: a file lives at
 * {@code ab/cd/abcd…} (its SHA-256, split so that no folder holds more than 65,536 entries). A
 * received file is written to {@code .incoming/}, forced to disk, hashed as it streams, and only then
 * renamed to its address, atomically (the same file system). When the transaction that stored a
 * new file rolls back, the file is removed after it; a file found already at its address is the
 * same content and is left alone.
 */
@ApplicationScoped
public class FileSystemDocumentStore implements DocumentStore {

    private static final Logger LOG = Logger.getLogger(FileSystemDocumentStore.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final long MEGABYTE = 1024L * 1024;
    private static final long DEFAULT_MAX_MB = 200;

    private Path root;
    private Path incoming;
    private long maxBytes;

    @PostConstruct
    void open() {
        root = DatabaseSettings.current().dataDirectory().resolve("documents");
        incoming = root.resolve(".incoming");
        maxBytes = ConfigProvider.getConfig(FileSystemDocumentStore.class.getClassLoader())
                .getOptionalValue("archive.max.upload.mb", Long.class).orElse(DEFAULT_MAX_MB) * MEGABYTE;
        try {
            Files.createDirectories(incoming);
            // What a crash left half-received; a day old, so no upload still running on another node is touched.
            Instant stale = Instant.now().minus(Duration.ofDays(1));
            try (Stream<Path> parts = Files.list(incoming)) {
                parts.filter(part -> isOlderThan(part, stale)).forEach(FileSystemDocumentStore::deleteQuietly);
            }
        } catch (IOException unwritable) {
            throw DocumentStore.failed("create the folder " + incoming, unwritable);
        }
    }

    private static boolean isOlderThan(Path file, Instant time) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(time);
        } catch (IOException gone) {
            return false;
        }
    }

    @Override
    public Space space() {
        try {
            return new Space(Files.isWritable(incoming), Files.getFileStore(incoming).getUsableSpace());
        } catch (IOException gone) {
            return new Space(false, 0);
        }
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public Upload receive(InputStream content) {
        Path temporary;
        try {
            temporary = Files.createTempFile(incoming, "upload-", ".part");
        } catch (IOException unwritable) {
            throw DocumentStore.failed("make room for a file", unwritable);
        }
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "The file is larger than "
                                + maxBytes / MEGABYTE + " MB, the most the archive takes (ARCHIVE_MAX_UPLOAD_MB).");
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            if (size == 0) {
                throw new DocumentRefusedException(DocumentRefusedException.Reason.EMPTY, "The file is empty.");
            }
            return new Received(temporary, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException failed) {
            deleteQuietly(temporary);
            if (failed instanceof IOException io) {
                throw DocumentStore.failed("receive a file", io);
            }
            throw (RuntimeException) failed;
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        try {
            return Optional.of(Files.newInputStream(addressOf(sha256)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw DocumentStore.failed("read " + sha256, unreadable);
        }
    }

    @Override
    public Optional<Path> local(String sha256) {
        Path address = addressOf(sha256);
        return Files.isRegularFile(address) ? Optional.of(address) : Optional.empty();
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(addressOf(sha256));
    }

    @Override
    public Optional<String> checksumNow(String sha256) {
        try (InputStream in = Files.newInputStream(addressOf(sha256))) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[256 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException unreadable) {
            // A file the system cannot read is as lost as a missing one, and reported as such.
            LOG.warning(() -> "Cannot read the stored file " + sha256 + ": " + unreadable.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void keepThumbnail(String sha256, byte[] png) {
        Path target = thumbnailOf(sha256);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(incoming, "thumbnail-", ".part");
            Files.write(temporary, png);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException unwritable) {
            throw DocumentStore.failed("keep the thumbnail of " + sha256, unwritable);
        }
    }

    @Override
    public Optional<InputStream> openThumbnail(String sha256) {
        try {
            return Optional.of(Files.newInputStream(thumbnailOf(sha256)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw DocumentStore.failed("read the thumbnail of " + sha256, unreadable);
        }
    }

    /** Under {@code .thumbnails/}, out of the content addresses: a thumbnail is made from a file, it is not one. */
    private Path thumbnailOf(String sha256) {
        Path address = addressOf(sha256);
        return root.resolve(".thumbnails").resolve(sha256.substring(0, 2)).resolve(address.getFileName() + ".png");
    }

    @Override
    public void discard(String sha256) {
        deleteQuietly(addressOf(sha256));
    }

    private Path addressOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            // Never a path from outside: only a checksum names a file.
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stuck) {
            LOG.warning(() -> "Could not remove " + file + ": " + stuck.getMessage());
        }
    }

    /** Removes a file this transaction stored, when the transaction does not commit. */
    private void removeOnRollback(String sha256) {
        TransactionSynchronizationRegistry registry;
        try {
            registry = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException outsideTheContainer) {
            return;
        }
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    LOG.info(() -> "The transaction that stored " + sha256 + " did not commit: removing the file.");
                    discard(sha256);
                }
            }
        });
    }

    private final class Received implements Upload {

        private final Path temporary;
        private final String sha256;
        private final long size;
        private boolean kept;

        Received(Path temporary, String sha256, long size) {
            this.temporary = temporary;
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public String sha256() {
            return sha256;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public Path file() {
            return temporary;
        }

        @Override
        public boolean keep() {
            Path target = addressOf(sha256);
            kept = true;
            if (Files.isRegularFile(target)) {
                deleteQuietly(temporary);
                return false;
            }
            try {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException elsewhere) {
                    throw new IOException("the documents folder must be on one file system with its .incoming folder", elsewhere);
                }
            } catch (IOException unwritable) {
                kept = false;
                throw DocumentStore.failed("store " + sha256, unwritable);
            }
            removeOnRollback(sha256);
            return true;
        }

        @Override
        public void close() {
            if (!kept) {
                deleteQuietly(temporary);
            }
        }
    }
}
