package com.mediaflow.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Files in a folder of the local disk. A write goes to a temporary file in {@code .incoming} first
 * and is moved into place when complete, so a failed or interrupted upload never leaves a partial
 * object under its key (the sweep removes stale temporary files).
 */
class LocalFileStorage implements FileStorage {

    static final String INCOMING = ".incoming";
    private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9]+(/[a-z0-9.]+)*");

    private final Path root;

    LocalFileStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root.resolve(INCOMING));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the files folder " + this.root, e);
        }
    }

    @Override
    public long write(String key, InputStream content) throws IOException {
        var target = path(key);
        var incoming = root.resolve(INCOMING).resolve(UUID.randomUUID().toString());
        try {
            long written;
            try (var out = FileChannel.open(incoming, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                written = content.transferTo(Channels.newOutputStream(out));
                out.force(true);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(incoming, target);
            }
            return written;
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    @Override
    public InputStream read(String key) throws IOException {
        try {
            return Files.newInputStream(path(key));
        } catch (NoSuchFileException e) {
            throw new MissingObjectException(key);
        }
    }

    @Override
    public InputStream read(String key, long offset, long length) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(path(key), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new MissingObjectException(key);
        }
        try {
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public void forEach(String prefix, Consumer<StoredObject> action) throws IOException {
        var start = path(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix);
        if (!Files.isDirectory(start)) {
            return;
        }
        try (var paths = Files.walk(start)) {
            for (var file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                var key = root.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), "/");
                try {
                    action.accept(new StoredObject(
                            key, Files.getLastModifiedTime(file).toInstant()));
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof NoSuchFileException)) {
                        throw e;
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void abandonIncomplete(Instant startedBefore) throws IOException {
        try (var files = Files.list(root.resolve(INCOMING))) {
            for (var file : (Iterable<Path>) files::iterator) {
                try {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(startedBefore)) {
                        Files.deleteIfExists(file);
                    }
                } catch (NoSuchFileException e) {
                    // finished or removed meanwhile
                }
            }
        }
    }

    /** The file of a key; keys are made by this module, but a bad one must never reach outside the root. */
    private Path path(String key) {
        if (!SAFE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }
}
