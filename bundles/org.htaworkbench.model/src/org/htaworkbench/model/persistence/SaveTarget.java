package org.htaworkbench.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;

/**
 * The file a save writes: symbolic links followed to the real file, checked that it may be overwritten, and
 * replaced crash-safely with the real file's permissions and (where allowed) owner and group.
 */
final class SaveTarget {

    /** Writes the new content of the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** As Linux's limit on links followed in one path lookup (ELOOP). */
    private static final int MAX_LINKS = 40;

    private static final Set<PosixFilePermission> OWNER_READ_WRITE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The path the caller asked to save to (named in errors). */
    private final Path requested;
    /** The file actually replaced: {@code requested} with all symbolic links followed. */
    private final Path real;
    /** The replaced file's owner, group and permissions; null for a new file or a file system without POSIX. */
    private final PosixFileAttributes existing;

    private SaveTarget(Path requested, Path real, PosixFileAttributes existing) {
        this.requested = requested;
        this.real = real;
        this.existing = existing;
    }

    /**
     * Follows links from {@code requested} and checks that the file there is absent or a writable regular file.
     *
     * @throws EvidenceResourceException naming {@code requested} when the file must not be overwritten
     * @throws IOException when the links or the file's attributes cannot be read
     */
    static SaveTarget of(Path requested) throws IOException {
        Path real = followLinks(requested);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new SaveTarget(requested, real, null);
        }
        String which = real.equals(requested) ? "" : "links to " + real + ", which ";
        if (attributes.isDirectory()) {
            throw new EvidenceResourceException(requested, which + "is a directory, not an evidence file: not overwritten",
                    null);
        }
        if (!attributes.isRegularFile()) {
            throw new EvidenceResourceException(requested, which + "is not a regular file: not overwritten", null);
        }
        PosixFileAttributes posix = Files.getFileAttributeView(real, PosixFileAttributeView.class) == null ? null
                : Files.readAttributes(real, PosixFileAttributes.class);
        // isWritable asks the kernel, which lets root write anything; a file without any write bit was still made
        // read-only on purpose (chmod a-w), and replacing it would silently undo that
        boolean noWriteBit = posix != null && !posix.permissions().contains(PosixFilePermission.OWNER_WRITE)
                && !posix.permissions().contains(PosixFilePermission.GROUP_WRITE)
                && !posix.permissions().contains(PosixFilePermission.OTHERS_WRITE);
        if (noWriteBit || !Files.isWritable(real)) {
            throw new EvidenceResourceException(requested,
                    which + "is read-only: not overwritten (make it writable or use Save As)", null);
        }
        return new SaveTarget(requested, real, posix);
    }

    /**
     * The path with every symbolic link followed, also a dangling one (then the returned file does not exist and a
     * save creates it where the link points). Each relative link target is resolved against the link's directory
     * as the kernel does, through {@link Path#toRealPath}, not lexically: a {@code ..} after a linked directory
     * means that directory's real parent.
     */
    static Path followLinks(Path path) throws IOException {
        Path p = path;
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path target = Files.readSymbolicLink(p);
            Path linkDir = p.getParent();
            p = linkDir == null ? target : linkDir.toRealPath().resolve(target);
        }
        Path dir = p.getParent();
        if (dir != null && p.getFileName() != null && Files.isDirectory(dir)) {
            p = dir.toRealPath().resolve(p.getFileName());
        }
        return p;
    }

    /** The file actually replaced. */
    Path real() {
        return real;
    }

    /**
     * Writes a temporary file next to the real file, forces it to disk, gives it the real file's permissions,
     * owner and group and renames it over the real file, then forces the directory so that the rename itself
     * survives a power cut. On failure the real file is unchanged and the temporary file removed.
     */
    void replace(Content content) throws IOException {
        Path dir = real.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporaryFile(dir);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            copyOwnershipAndPermissions(tmp);
            try {
                Files.move(tmp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the save fails with the original problem
                }
            }
        }
        forceDirectory(dir);
    }

    private Path createTemporaryFile(Path dir) throws IOException {
        for (int attempt = 1;; attempt++) {
            Path tmp = dir.resolve("." + real.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                if (existing != null) {
                    // owner-only while the content is written (a private file's content is never readable by
                    // others); copyOwnershipAndPermissions then gives it exactly the replaced file's permissions
                    return Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
                }
                // A new file gets what any new file gets: 0666 less the user's umask (or the directory's default
                // ACL). The JDK cannot read the umask, but creating the file without a permission attribute lets
                // the kernel apply it, which Files.createTempFile (always 0600) would not.
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private void copyOwnershipAndPermissions(Path tmp) throws IOException {
        if (existing == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        PosixFileAttributes written = view.readAttributes();
        if (!written.owner().equals(existing.owner())) {
            try {
                view.setOwner(existing.owner());
            } catch (FileSystemException e) {
                // only root may give a file away: saved by another user, the file becomes theirs, as with any editor
            }
        }
        if (!written.group().equals(existing.group())) {
            try {
                view.setGroup(existing.group());
            } catch (FileSystemException e) {
                // a user may only hand a file to a group they belong to; then it keeps the user's group
            }
        }
        // after the ownership change, which may clear permission bits
        view.setPermissions(existing.permissions());
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some platforms and file systems cannot open or sync a directory (e.g. Windows): the rename is then
            // as durable as they make it, and the file's content is already on disk
        }
    }

    @Override
    public String toString() {
        return requested.equals(real) ? real.toString() : requested + " -> " + real;
    }
}
