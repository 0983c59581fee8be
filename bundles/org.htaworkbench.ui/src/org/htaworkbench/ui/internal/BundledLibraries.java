package org.htaworkbench.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The open-source libraries shipped in the product and their licences, for the About dialog.
 * Versions are read from the running bundles, so the dialog cannot drift from what is installed.
 */
public final class BundledLibraries {

    public static final String RESOURCE = "/data/bundled-libraries.csv";

    /** One library; version is "not installed" when its bundle is absent from this installation. */
    public record Library(String bundle, String name, String licence, String version) {
    }

    private BundledLibraries() {
    }

    public static List<Library> installed() {
        List<Library> libraries = new ArrayList<>();
        try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": line " + lineNumber + ": expected 3 fields (bundle,library,licence), got " + fields.length);
                }
                Bundle bundle = Platform.getBundle(fields[0]);
                String version = bundle == null ? "not installed" : bundle.getVersion().toString();
                libraries.add(new Library(fields[0], fields[1], fields[2], version));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libraries;
    }
}
