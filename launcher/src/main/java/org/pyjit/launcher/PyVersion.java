package org.pyjit.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.graalvm.polyglot.Context;

/** Version strings shown by {@code --version} and the interactive banner. */
final class PyVersion {
    private PyVersion() {
    }

    /** pyjit's own version, from the launcher jar's manifest (falls back when run from classes). */
    static String get() {
        String v = PyVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-SNAPSHOT";
    }

    /**
     * The version of the GraalVM polyglot/Truffle line pyjit runs on, from the polyglot jar's manifest
     * (where it sits in a section named "polyglot"; org.graalvm.home.Version says "snapshot" there).
     */
    static String truffle() {
        try (InputStream in = Context.class.getModule().getResourceAsStream("META-INF/MANIFEST.MF")) {
            if (in != null) {
                Manifest manifest = new Manifest(in);
                Attributes section = manifest.getAttributes("polyglot");
                String v = section != null ? section.getValue(Attributes.Name.IMPLEMENTATION_VERSION) : null;
                if (v == null) {
                    v = manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                }
                if (v != null) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: the version is only informative
        }
        return "unknown";
    }
}
