package org.electrocat.plugins.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.electrocat.plugins.PluginException;

/**
 * An exclusive lock on the plugin folder ({@code .lock}, an operating-system file lock), held while
 * plugins are installed, updated or removed, so that two ElectroCat processes (say the workbench
 * and a command line) never interleave their changes to the folder and {@code installed.json}.
 */
final class FolderLock implements AutoCloseable {

    /** How long to wait for another process to finish, ms. */
    static final long WAIT_MS = 60_000;

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(Path folder) throws IOException, PluginException {
        return acquire(folder, WAIT_MS);
    }

    static FolderLock acquire(Path folder, long waitMs) throws IOException, PluginException {
        Files.createDirectories(folder);
        FileChannel ch = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long end = System.nanoTime() + waitMs * 1_000_000;
        try {
            while (true) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null; // held by this same process, through another channel
                }
                if (l != null) {
                    return new FolderLock(ch, l);
                }
                if (System.nanoTime() > end) {
                    throw new PluginException(PluginException.Reason.IN_USE, "another ElectroCat is changing the plugins in "
                            + folder + "; try again when it has finished");
                }
                Thread.sleep(100);
            }
        } catch (IOException | PluginException | RuntimeException e) {
            ch.close();
            throw e;
        } catch (InterruptedException e) {
            ch.close();
            Thread.currentThread().interrupt();
            throw new PluginException(PluginException.Reason.IN_USE, "interrupted while waiting for the plugin folder lock");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
