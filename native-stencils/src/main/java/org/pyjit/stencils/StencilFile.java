package org.pyjit.stencils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
            return read(new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    public static StencilFile read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a pyjit stencil file");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("stencil file version " + version + ", expected " + VERSION);
        }
        String stamp = in.readUTF();
        String compiler = in.readUTF();
        int count = in.readInt();
        List<Stencil> stencils = new ArrayList<>(count);
        StencilPart[] parts = StencilPart.values();
        HoleKind[] kinds = HoleKind.values();
        HoleTarget[] targets = HoleTarget.values();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            byte[] code = readBytes(in);
            byte[] cold = readBytes(in);
            byte[] data = readBytes(in);
            int dataAlignment = in.readInt();
            boolean fallsThrough = in.readBoolean();
            int holeCount = in.readInt();
            List<Hole> holes = new ArrayList<>(holeCount);
            for (int j = 0; j < holeCount; j++) {
                StencilPart part = parts[in.readByte()];
                int offset = in.readInt();
                HoleKind kind = kinds[in.readByte()];
                HoleTarget target = targets[in.readByte()];
                long addend = in.readLong();
                holes.add(new Hole(part, offset, kind, target, addend));
            }
            stencils.add(new Stencil(name, code, cold, data, dataAlignment, fallsThrough, List.copyOf(holes)));
        }
        return new StencilFile(stamp, compiler, List.copyOf(stencils));
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

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }
}
