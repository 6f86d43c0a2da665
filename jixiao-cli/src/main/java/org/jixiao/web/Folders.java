package org.jixiao.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes folders of the server's own making. Stateless. */
final class Folders {

    private Folders() {
    }

    /**
     * Deletes dir and everything under it, without following links (a link among uploads is removed, never what
     * it points to). Missing files are fine: a parallel delete may have taken them.
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                Files.deleteIfExists(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * As {@link #deleteTree}, tried again a few times: on Windows a file another thread has just closed (or an
     * antivirus scanner has open) cannot be deleted for a moment.
     */
    static void deleteQuietly(Path dir) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                deleteTree(dir);
                return;
            } catch (IOException | UncheckedIOException e) {
                try {
                    Thread.sleep(100L * (attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
