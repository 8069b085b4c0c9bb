package org.pyjit.stencils.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.pyjit.stencils.Stencil;
import org.pyjit.stencils.StencilFile;

/**
 * The build step: compiles every template in the source directory with gcc, extracts the stencils
 * and writes the stencil file. Skips the work when the file's stamp (a hash of every input) is
 * unchanged.
 *
 * <p>
 * Usage: {@code StencilBuild SOURCE_DIR OUTPUT_FILE WORK_DIR [COMPILER]}
 */
public final class StencilBuild {
    /**
     * small code model: a slot hole's value (a byte offset) is the 32-bit displacement of the access
     * itself, the stencil's own read-only data is addressed rip-relatively, every function symbol (the
     * continuations) is a rel32 jump, and jit.h loads 64-bit operands with an explicit movabs. No PIC (no GOT), no unwind tables, no stack protector, no calls gcc invents (memcpy), no
     * CET landing pads, no alignment padding (a stencil lands at any offset anyway); functions each in
     * their own section, and no folding of identical functions into jumps to each other.
     */
    public static final List<String> FLAGS = List.of("-std=gnu11", "-O2", "-fno-pic", "-mcmodel=small",
                    "-fno-asynchronous-unwind-tables", "-fno-stack-protector",
                    "-fomit-frame-pointer", "-fno-builtin", "-ffreestanding", "-foptimize-sibling-calls",
                    "-ffunction-sections", "-fdata-sections", "-fno-ipa-icf", "-fno-tree-loop-distribute-patterns", "-fcf-protection=none", "-falign-functions=1",
                    "-falign-jumps=1", "-falign-labels=1", "-falign-loops=1", "-Wall",
                    "-Wextra", "-Wno-unused-parameter", "-Werror");

    private StencilBuild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: StencilBuild SOURCE_DIR OUTPUT_FILE WORK_DIR [COMPILER]");
        }
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path work = Path.of(args[2]);
        String compiler = args.length > 3 ? args[3] : "gcc";
        String version = compilerVersion(compiler);
        List<Path> templates = templates(sources);
        String stamp = stamp(sources, version);
        if (Files.exists(output)) {
            try (InputStream in = Files.newInputStream(output)) {
                if (StencilFile.read(in).stamp().equals(stamp)) {
                    System.out.println("[stencils] up to date (" + stamp.substring(0, 12) + ")");
                    return;
                }
            } catch (IOException e) {
                // An unreadable old file is simply regenerated.
            }
        }
        long start = System.nanoTime();
        Files.createDirectories(work);
        TreeMap<String, Stencil> byName = new TreeMap<>();
        for (Path c : templates) {
            Path object = work.resolve(c.getFileName().toString().replaceAll("\\.c$", ".o"));
            compile(compiler, c, object);
            for (Stencil s : StencilExtractor.extract(ElfObject.parse(Files.readAllBytes(object)), c.getFileName().toString())) {
                if (byName.put(s.name(), s) != null) {
                    throw new IllegalStateException("stencil " + s.name() + " is defined twice");
                }
            }
        }
        for (String required : List.of("entry", "exit_with")) {
            if (!byName.containsKey(required)) {
                throw new IllegalStateException("the templates define no `" + required + "` stencil");
            }
        }
        StencilFile file = new StencilFile(stamp, compiler + ": " + version, List.copyOf(byName.values()));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, file.toBytes());
        report(file, (System.nanoTime() - start) / 1_000_000);
    }

    private static void report(StencilFile file, long millis) {
        int code = 0;
        int through = 0;
        List<String> jumping = new ArrayList<>();
        for (Stencil s : file.stencils()) {
            code += s.code().length + s.cold().length + s.data().length;
            if (s.fallsThrough()) {
                through++;
            } else if (s.uses(org.pyjit.stencils.HoleTarget.CONTINUE)) {
                jumping.add(s.name());
            }
        }
        System.out.println("[stencils] " + file.stencils().size() + " stencils, " + code + " bytes, " + through
                        + " fall through, " + millis + " ms; continuing by a jump: " + jumping);
    }

    static List<Path> templates(Path sources) throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            return files.filter(p -> p.toString().endsWith(".c")).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** The hash of everything the output depends on: templates, headers, flags, compiler, this tool. */
    static String stamp(Path sources, String compilerVersion) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(digest, String.join(" ", FLAGS));
        update(digest, compilerVersion);
        List<Path> inputs;
        try (Stream<Path> files = Files.list(sources)) {
            inputs = files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h"))
                            .sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path p : inputs) {
            update(digest, p.getFileName().toString());
            digest.update(Files.readAllBytes(p));
        }
        for (Class<?> tool : List.of(StencilBuild.class, StencilExtractor.class, ElfObject.class, StencilFile.class)) {
            try (InputStream in = tool.getResourceAsStream(tool.getSimpleName() + ".class")) {
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static String compilerVersion(String compiler) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(compiler, "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("the stencil templates need a C compiler (`" + compiler
                            + "`, gcc 12 or newer) on the PATH: install gcc (e.g. apt-get install gcc)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(compiler + " --version failed: " + out);
        }
        return out.lines().findFirst().orElse("").trim();
    }

    static void compile(String compiler, Path source, Path object) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(compiler);
        command.addAll(FLAGS);
        command.add("-c");
        command.add(source.toString());
        command.add("-o");
        command.add(object.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("compiling " + source + " failed:\n" + out);
        }
    }
}
