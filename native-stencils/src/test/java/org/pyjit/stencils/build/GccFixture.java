package org.pyjit.stencils.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compiles a C snippet (with the templates' header and flags) into an ELF object for a test. */
final class GccFixture {
    static final Path SOURCES = Path.of(System.getProperty("pyjit.stencils.sources", "src/main/c")).toAbsolutePath();
    static final String CC = System.getProperty("pyjit.stencils.cc", "gcc");

    private GccFixture() {
    }

    static ElfObject compile(Path dir, String name, String body) throws IOException, InterruptedException {
        Path c = dir.resolve(name + ".c");
        Files.writeString(c, "#include \"" + SOURCES.resolve("jit.h") + "\"\n" + body);
        Path o = dir.resolve(name + ".o");
        StencilBuild.compile(CC, c, o);
        return ElfObject.parse(Files.readAllBytes(o));
    }
}
