package org.shoppingapi.jdbc.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who owns an embedded data directory: the service that holds an OS file lock on {@code <data dir>.lock} (next to
 * it: initdb wants the directory itself empty). The operating system drops the lock when that process ends, also on
 * {@code kill -9}; so a lock that cannot be taken means a live service, whose server must not be touched, and a lock
 * that can means any server still running there is an orphan.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("DATA_DIR " + dataDirectory + " is in use by another running Shopping API"
                    + " (it holds " + file + "); stop that one first or choose another DATA_DIR. Its database was"
                    + " left running.");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
