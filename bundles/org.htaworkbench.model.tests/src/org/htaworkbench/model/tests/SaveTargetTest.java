package org.htaworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import java.util.stream.Stream;

import org.htaworkbench.model.EvidenceBase;
import org.htaworkbench.model.persistence.EvidenceResourceException;
import org.htaworkbench.model.persistence.EvidenceResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving over existing files: permissions, ownership, read-only files and symbolic links. */
class SaveTargetTest {

    private static final String READ_ONLY = "is read-only: not overwritten (make it writable or use Save As)";

    @TempDir
    Path dir;

    private static EvidenceBase titled(String title) {
        EvidenceBase base = SampleEvidence.create();
        base.setTitle(title);
        return base;
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void saveKeepsThePermissionsOfTheReplacedFile() throws IOException {
        Path file = dir.resolve("shared.htaevidence");
        EvidenceResources.save(titled("first"), file);
        for (String permissions : new String[] { "rw-r-----", "rw-rw-r--", "rw-------" }) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            EvidenceResources.save(titled("again"), file);
            assertEquals(permissions, permissions(file));
        }
    }

    @Test
    void newFileGetsThePermissionsOfAnyNewFile() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        String expected = permissions(probe); // 0666 less the umask, as for any file the user creates
        Files.delete(probe);
        Path file = dir.resolve("new.htaevidence");
        EvidenceResources.save(SampleEvidence.create(), file);
        assertEquals(expected, permissions(file));
    }

    @Test
    void saveKeepsOwnerAndGroupWhereTheUserMaySetThem() throws IOException {
        Path file = dir.resolve("owned.htaevidence");
        EvidenceResources.save(titled("first"), file);
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributes mine = view.readAttributes();
        UserPrincipal otherUser = lookup.lookupPrincipalByName("nobody");
        GroupPrincipal otherGroup = lookupGroup(lookup, "nogroup", "nobody");
        boolean mayGiveAway;
        try {
            view.setOwner(otherUser);
            view.setGroup(otherGroup);
            mayGiveAway = true;
        } catch (FileSystemException e) {
            mayGiveAway = false; // only root (CAP_CHOWN) may give a file to another user
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        EvidenceResources.save(titled("again"), file);
        PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
        // as root the file stays nobody's; as any other user it stays the user's own (and never becomes root's)
        assertEquals(mayGiveAway ? otherUser : mine.owner(), after.owner());
        assertEquals(mayGiveAway ? otherGroup : mine.group(), after.group());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(after.permissions()));
        assertEquals("again", EvidenceResources.load(file).getTitle());
    }

    private static GroupPrincipal lookupGroup(UserPrincipalLookupService lookup, String... names) throws IOException {
        for (String name : names) {
            try {
                return lookup.lookupPrincipalByGroupName(name);
            } catch (UserPrincipalNotFoundException e) {
                // try the next name
            }
        }
        throw new UserPrincipalNotFoundException(String.join("/", names));
    }

    @Test
    void readOnlyFileIsNotOverwritten() throws IOException {
        Path file = dir.resolve("frozen.htaevidence");
        EvidenceResources.save(titled("original"), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);

        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.save(titled("must not be written"), file));
        assertEquals(file.toAbsolutePath().normalize() + ": " + READ_ONLY, e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("r--r--r--", permissions(file));
        assertEquals(List.of("frozen.htaevidence"), names(dir), "temporary file left behind");
    }

    @Test
    void saveThroughSymbolicLinksReplacesTheRealFileAndKeepsTheLinks() throws IOException {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path real = realDir.resolve("base.htaevidence");
        EvidenceResources.save(titled("first"), real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path linkDir = Files.createDirectory(dir.resolve("links"));
        Path link = Files.createSymbolicLink(linkDir.resolve("link.htaevidence"), Path.of("../real/base.htaevidence"));
        Path linkToLink = Files.createSymbolicLink(linkDir.resolve("link2.htaevidence"), Path.of("link.htaevidence"));

        EvidenceResources.save(titled("through two links"), linkToLink);

        assertTrue(Files.isSymbolicLink(linkToLink) && Files.isSymbolicLink(link), "a link was replaced");
        assertEquals(Path.of("link.htaevidence"), Files.readSymbolicLink(linkToLink));
        assertEquals(Path.of("../real/base.htaevidence"), Files.readSymbolicLink(link));
        assertTrue(Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS));
        assertEquals("through two links", EvidenceResources.load(real).getTitle());
        assertEquals("rw-r-----", permissions(real));
        assertEquals(List.of("base.htaevidence"), names(realDir), "temporary file left behind");
        assertEquals(List.of("link.htaevidence", "link2.htaevidence"), names(linkDir), "temporary file left behind");
    }

    @Test
    void saveThroughADanglingLinkCreatesTheFileItPointsTo() throws IOException {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link.htaevidence"), realDir.resolve("created.htaevidence"));
        EvidenceResources.save(titled("created"), link);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertEquals("created", EvidenceResources.load(realDir.resolve("created.htaevidence")).getTitle());
        assertEquals(List.of("created.htaevidence"), names(realDir));
    }

    @Test
    void saveThroughALinkToAReadOnlyFileIsRefusedNamingBoth() throws IOException {
        Path real = dir.resolve("frozen.htaevidence");
        EvidenceResources.save(titled("original"), real);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("r--r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.htaevidence"), real.getFileName());
        byte[] before = Files.readAllBytes(real);
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.save(titled("must not be written"), link));
        assertTrue(e.getMessage().startsWith(link.toAbsolutePath().normalize() + ": links to "
                + real.toRealPath() + ", which " + READ_ONLY), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(real));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void linkLoopIsRefusedAndLeftAlone() throws IOException {
        Path a = dir.resolve("a.htaevidence");
        Path b = dir.resolve("b.htaevidence");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        EvidenceResourceException e = assertThrows(EvidenceResourceException.class,
                () -> EvidenceResources.save(SampleEvidence.create(), a));
        assertTrue(e.getMessage().contains("a.htaevidence") && e.getMessage().contains("too many levels of symbolic links"),
                e.getMessage());
        assertTrue(Files.isSymbolicLink(a) && Files.isSymbolicLink(b), "a link was replaced");
        assertEquals(List.of("a.htaevidence", "b.htaevidence"), names(dir));
    }
}
