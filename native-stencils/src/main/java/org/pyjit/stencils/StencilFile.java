package org.pyjit.stencils;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stencil data generated at build time (resource {@value #RESOURCE}).
 *
 * <p>
 * Format (big-endian, {@link DataOutputStream}): magic {@code "PYJS"}, version, the input stamp
 * (hex SHA-256 of the templates, the compiler command and the compiler's version), the compiler
 * description, the stencil count, then per stencil: name, code, cold code, data (each an int length
 * and bytes), data alignment, falls-through flag, hole count and per hole: part, offset, kind,
 * target (ordinals as bytes, offset int) and addend (long). Stencils are sorted by name, so the
 * bytes depend on nothing but the inputs.
 */
public record StencilFile(String stamp, String compiler, List<Stencil> stencils) {
    public static final String RESOURCE = "/org/pyjit/stencils/stencils.bin";
    private static final int MAGIC = 0x50594a53; // "PYJS"
    private static final int VERSION = 1;

    /** Reads the stencils packaged with this module. */
    public static StencilFile load() throws IOException {
        try (InputStream in = StencilFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("stencil resource " + RESOURCE + " is missing: native-stencils was built without it");
            }
            // Whole: unbuffered, every readInt was four reads through the jar's inflater, a third of
            // the load's time at start-up, when the JVM still interprets them.
            return read(in.readAllBytes());
        }
    }

    public static StencilFile read(InputStream stream) throws IOException {
        return read(stream.readAllBytes());
    }

    /**
     * Parses the bytes of a stencil file. By hand rather than through a DataInputStream, whose
     * readInt and readLong go through VarHandles: the stencils load at a region's first compile,
     * in a JVM that still interprets those layers (13 ms of samples per run, 12 of them parsing).
     */
    public static StencilFile read(byte[] bytes) throws IOException {
        Cursor in = new Cursor(bytes);
        try {
            if (in.int32() != MAGIC) {
                throw new IOException("not a pyjit stencil file");
            }
            int version = in.int32();
            if (version != VERSION) {
                throw new IOException("stencil file version " + version + ", expected " + VERSION);
            }
            String stamp = in.string();
            String compiler = in.string();
            int count = in.int32();
            List<Stencil> stencils = new ArrayList<>(count);
            StencilPart[] parts = StencilPart.values();
            HoleKind[] kinds = HoleKind.values();
            HoleTarget[] targets = HoleTarget.values();
            for (int i = 0; i < count; i++) {
                String name = in.string();
                byte[] code = in.bytes();
                byte[] cold = in.bytes();
                byte[] data = in.bytes();
                int dataAlignment = in.int32();
                boolean fallsThrough = in.int8() != 0;
                int holeCount = in.int32();
                Hole[] holes = new Hole[holeCount];
                for (int j = 0; j < holeCount; j++) {
                    StencilPart part = parts[in.int8()];
                    int offset = in.int32();
                    HoleKind kind = kinds[in.int8()];
                    HoleTarget target = targets[in.int8()];
                    holes[j] = new Hole(part, offset, kind, target, in.int64());
                }
                stencils.add(new Stencil(name, code, cold, data, dataAlignment, fallsThrough, List.of(holes)));
            }
            return new StencilFile(stamp, compiler, List.copyOf(stencils));
        } catch (IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
            throw new IOException("truncated stencil file", e);
        }
    }

    /** Big-endian values at a position in the file's bytes, in DataOutputStream's encoding. */
    private static final class Cursor {
        private final byte[] bytes;
        private int at;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        int int8() {
            return bytes[at++] & 0xff;
        }

        int int32() {
            int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
            at += 4;
            return value;
        }

        long int64() {
            long high = int32();
            return high << 32 | int32() & 0xffffffffL;
        }

        byte[] bytes() {
            int length = int32();
            byte[] value = Arrays.copyOfRange(bytes, at, Math.addExact(at, length));
            at += length;
            return value;
        }

        /** writeUTF's modified UTF-8, which is UTF-8 for the ASCII the names, stamp and compiler are. */
        String string() {
            int length = int8() << 8 | int8();
            String value = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }
    }

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(stamp);
            out.writeUTF(compiler);
            out.writeInt(stencils.size());
            for (Stencil s : stencils) {
                out.writeUTF(s.name());
                writeBytes(out, s.code());
                writeBytes(out, s.cold());
                writeBytes(out, s.data());
                out.writeInt(s.dataAlignment());
                out.writeBoolean(s.fallsThrough());
                out.writeInt(s.holes().size());
                for (Hole h : s.holes()) {
                    out.writeByte(h.part().ordinal());
                    out.writeInt(h.offset());
                    out.writeByte(h.kind().ordinal());
                    out.writeByte(h.target().ordinal());
                    out.writeLong(h.addend());
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a ByteArrayOutputStream does not fail
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }
}
