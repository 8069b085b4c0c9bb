package org.pyjit.stencils.build;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A relocatable ELF64 x86-64 object file (what {@code gcc -c} writes): its sections, its symbol
 * table and its RELA relocations. Only what the stencil extraction needs; no external tools.
 */
public final class ElfObject {
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;
    public static final long SHF_WRITE = 1;
    public static final long SHF_ALLOC = 2;
    public static final long SHF_EXECINSTR = 4;

    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int SHN_UNDEF = 0;

    public static final int R_X86_64_64 = 1;
    public static final int R_X86_64_PC32 = 2;
    public static final int R_X86_64_PLT32 = 4;
    public static final int R_X86_64_32 = 10;
    public static final int R_X86_64_32S = 11;
    public static final int R_X86_64_8 = 14;

    private static final int ET_REL = 1;
    private static final int EM_X86_64 = 62;

    public record Section(int index, String name, int type, long flags, long offset, long size, int link, int info,
                    long alignment, long entrySize) {
        public boolean isExecutable() {
            return (flags & SHF_EXECINSTR) != 0;
        }

        public boolean isWritable() {
            return (flags & SHF_WRITE) != 0;
        }

        public boolean isAllocated() {
            return (flags & SHF_ALLOC) != 0;
        }
    }

    public record Symbol(int index, String name, int bind, int type, int sectionIndex, long value, long size) {
        public boolean isUndefined() {
            return sectionIndex == SHN_UNDEF;
        }
    }

    /** A relocation of {@code section} at {@code offset}, against symbol {@code symbol}. */
    public record Relocation(Section section, long offset, int type, Symbol symbol, long addend) {
    }

    private final byte[] image;
    private final List<Section> sections;
    private final List<Symbol> symbols;
    private final List<Relocation> relocations;

    private ElfObject(byte[] image, List<Section> sections, List<Symbol> symbols, List<Relocation> relocations) {
        this.image = image;
        this.sections = sections;
        this.symbols = symbols;
        this.relocations = relocations;
    }

    public static ElfObject parse(byte[] image) {
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        if (image.length < 64 || b.getInt(0) != 0x464c457f) {
            throw new ElfFormatException("not an ELF file");
        }
        if (image[4] != 2 || image[5] != 1) {
            throw new ElfFormatException("not a little-endian ELF64 file");
        }
        if (b.getShort(16) != ET_REL || b.getShort(18) != EM_X86_64) {
            throw new ElfFormatException("not a relocatable x86-64 object (type " + b.getShort(16) + ", machine "
                            + b.getShort(18) + ")");
        }
        long sectionHeaders = b.getLong(0x28);
        int headerSize = Short.toUnsignedInt(b.getShort(0x3a));
        int count = Short.toUnsignedInt(b.getShort(0x3c));
        int namesIndex = Short.toUnsignedInt(b.getShort(0x3e));
        if (headerSize != 64 || sectionHeaders + (long) count * headerSize > image.length) {
            throw new ElfFormatException("section header table out of bounds");
        }
        long[][] raw = new long[count][];
        for (int i = 0; i < count; i++) {
            int at = Math.toIntExact(sectionHeaders + (long) i * headerSize);
            raw[i] = new long[]{Integer.toUnsignedLong(b.getInt(at)), b.getInt(at + 4), b.getLong(at + 8), b.getLong(at + 24),
                            b.getLong(at + 32), b.getInt(at + 40), b.getInt(at + 44), b.getLong(at + 48), b.getLong(at + 56)};
        }
        long namesOffset = raw[namesIndex][3];
        List<Section> sections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long[] r = raw[i];
            Section s = new Section(i, cString(image, namesOffset + r[0]), (int) r[1], r[2], r[3], r[4], (int) r[5],
                            (int) r[6], r[7], r[8]);
            if (s.type() != SHT_NOBITS && s.offset() + s.size() > image.length) {
                throw new ElfFormatException("section " + s.name() + " out of bounds");
            }
            sections.add(s);
        }
        List<Symbol> symbols = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == SHT_SYMTAB) {
                long strings = sections.get(s.link()).offset();
                int n = (int) (s.size() / 24);
                for (int i = 0; i < n; i++) {
                    int at = Math.toIntExact(s.offset() + i * 24L);
                    int info = Byte.toUnsignedInt(image[at + 4]);
                    symbols.add(new Symbol(i, cString(image, strings + Integer.toUnsignedLong(b.getInt(at))), info >> 4,
                                    info & 0xf, Short.toUnsignedInt(b.getShort(at + 6)), b.getLong(at + 8), b.getLong(at + 16)));
                }
            }
        }
        List<Relocation> relocations = new ArrayList<>();
        for (Section s : sections) {
            if (s.type() == SHT_RELA) {
                Section target = sections.get(s.info());
                int n = (int) (s.size() / 24);
                for (int i = 0; i < n; i++) {
                    int at = Math.toIntExact(s.offset() + i * 24L);
                    long info = b.getLong(at + 8);
                    relocations.add(new Relocation(target, b.getLong(at), (int) info, symbols.get((int) (info >>> 32)),
                                    b.getLong(at + 16)));
                }
            }
        }
        return new ElfObject(image, List.copyOf(sections), List.copyOf(symbols), List.copyOf(relocations));
    }

    private static String cString(byte[] image, long offset) {
        int start = Math.toIntExact(offset);
        int end = start;
        while (image[end] != 0) {
            end++;
        }
        return new String(image, start, end - start, StandardCharsets.UTF_8);
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Symbol> symbols() {
        return symbols;
    }

    public List<Relocation> relocations() {
        return relocations;
    }

    public Section section(String name) {
        for (Section s : sections) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    public Symbol symbol(String name) {
        for (Symbol s : symbols) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    public List<Relocation> relocationsOf(Section section) {
        List<Relocation> result = new ArrayList<>();
        for (Relocation r : relocations) {
            if (r.section().index() == section.index()) {
                result.add(r);
            }
        }
        return result;
    }

    /** The section's bytes (zeros for a NOBITS section). */
    public byte[] contents(Section section) {
        if (section.type() == SHT_NOBITS) {
            return new byte[Math.toIntExact(section.size())];
        }
        return Arrays.copyOfRange(image, Math.toIntExact(section.offset()), Math.toIntExact(section.offset() + section.size()));
    }

    public static final class ElfFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ElfFormatException(String message) {
            super(message);
        }
    }
}
