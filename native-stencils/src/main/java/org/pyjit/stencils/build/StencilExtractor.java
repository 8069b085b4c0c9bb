package org.pyjit.stencils.build;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyjit.stencils.Hole;
import org.pyjit.stencils.HoleKind;
import org.pyjit.stencils.HoleTarget;
import org.pyjit.stencils.Stencil;
import org.pyjit.stencils.StencilPart;
import org.pyjit.stencils.build.ElfObject.Relocation;
import org.pyjit.stencils.build.ElfObject.Section;
import org.pyjit.stencils.build.ElfObject.Symbol;

/**
 * Turns the functions of a template object (compiled with {@code -ffunction-sections}) into
 * stencils, and rejects every construct the runtime patcher could not handle correctly: calls (not
 * jumps) to continuations, unknown extern symbols, writable data, relocation types other than
 * absolute 64-bit and rel32, references between stencils.
 */
public final class StencilExtractor {
    private static final String TEXT_PREFIX = ".text.";
    private static final String COLD_PREFIX = ".text.unlikely.";
    private static final int JMP_REL32 = 0xe9;

    private StencilExtractor() {
    }

    public static List<Stencil> extract(ElfObject elf, String origin) {
        List<Stencil> result = new ArrayList<>();
        List<Integer> claimed = new ArrayList<>();
        for (Symbol sym : elf.symbols()) {
            if (sym.type() != ElfObject.STT_FUNC || sym.bind() != ElfObject.STB_GLOBAL || sym.isUndefined()) {
                continue;
            }
            Section text = elf.sections().get(sym.sectionIndex());
            if (!text.name().equals(TEXT_PREFIX + sym.name())) {
                throw error(origin, sym.name(), "is in section " + text.name() + "; compile with -ffunction-sections");
            }
            if (sym.value() != 0 || sym.size() != text.size()) {
                throw error(origin, sym.name(), "does not fill its section " + text.name());
            }
            Section cold = elf.section(COLD_PREFIX + sym.name());
            claimed.add(text.index());
            if (cold != null) {
                claimed.add(cold.index());
            }
            result.add(extractOne(elf, origin, sym.name(), text, cold));
        }
        for (Section s : elf.sections()) {
            if (s.isExecutable() && s.size() > 0 && !claimed.contains(s.index())) {
                throw new IllegalStateException(origin + ": executable section " + s.name() + " belongs to no stencil");
            }
        }
        return result;
    }

    private static Stencil extractOne(ElfObject elf, String origin, String name, Section text, Section cold) {
        byte[] code = elf.contents(text);
        byte[] coldCode = cold == null ? new byte[0] : elf.contents(cold);
        Map<Integer, Integer> dataOffsets = new LinkedHashMap<>();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int dataAlignment = 1;
        List<Hole> holes = new ArrayList<>();
        List<Relocation> relocations = new ArrayList<>(elf.relocationsOf(text));
        if (cold != null) {
            relocations.addAll(elf.relocationsOf(cold));
        }
        for (Relocation r : relocations) {
            StencilPart part = r.section() == text ? StencilPart.CODE : StencilPart.COLD;
            byte[] bytes = part == StencilPart.CODE ? code : coldCode;
            int offset = Math.toIntExact(r.offset());
            HoleKind kind = switch (r.type()) {
                case ElfObject.R_X86_64_64 -> HoleKind.ABS64;
                case ElfObject.R_X86_64_PC32, ElfObject.R_X86_64_PLT32 -> HoleKind.REL32;
                case ElfObject.R_X86_64_32, ElfObject.R_X86_64_32S -> HoleKind.ABS32;
                case ElfObject.R_X86_64_8 -> HoleKind.ABS8;
                default -> throw error(origin, name, "has relocation type " + r.type() + " at " + part + "+" + offset
                                + " (only R_X86_64_64, 32, 32S, 8, PC32 and PLT32 can be patched)");
            };
            Symbol sym = r.symbol();
            HoleTarget target;
            long addend = r.addend();
            if (sym.isUndefined()) {
                target = HoleTarget.forSymbol(sym.name());
                if (target == null) {
                    throw error(origin, name, "refers to the unknown extern symbol " + sym.name()
                                    + " (a libc call gcc inserted? pass helpers through HELPER())");
                }
            } else {
                Section in = elf.sections().get(sym.sectionIndex());
                addend += sym.value();
                if (in == text) {
                    target = HoleTarget.CODE;
                } else if (in == cold) {
                    target = HoleTarget.COLD;
                } else if (in.isAllocated() && !in.isExecutable() && !in.isWritable()) {
                    Integer at = dataOffsets.get(in.index());
                    if (at == null) {
                        int align = (int) Math.max(1, in.alignment());
                        while (data.size() % align != 0) {
                            data.write(0);
                        }
                        at = data.size();
                        data.writeBytes(elf.contents(in));
                        dataOffsets.put(in.index(), at);
                        dataAlignment = Math.max(dataAlignment, align);
                    }
                    target = HoleTarget.DATA;
                    addend += at;
                } else {
                    throw error(origin, name, "refers to " + sym.name() + " in section " + in.name()
                                    + " (stencils may only use their own code and read-only data)");
                }
            }
            if (target.isContinuation()) {
                checkTailJump(origin, name, bytes, offset, kind, addend, target);
            } else if (kind == HoleKind.ABS8 && !target.isOperand()) {
                throw error(origin, name, "uses " + target.symbol() + " as a byte at " + part + "+" + offset + " (only operands can be shift counts)");
            } else if (target.isOperand() && kind != HoleKind.ABS64 && kind != HoleKind.ABS8 && r.type() != ElfObject.R_X86_64_32S) {
                throw error(origin, name, "uses " + target.symbol() + " as a 32-bit value at " + part + "+" + offset
                                + " (operands are 64 bits, or sign-extended 32-bit immediates: read them through OPERAND() or IMM32(),"
                                + " helpers through HELPER())");
            } else if (target.isSlot() && kind != HoleKind.ABS32) {
                throw error(origin, name, "uses " + target.symbol() + " other than as a displacement at " + part + "+" + offset
                                + " (slot offsets are absolute 32-bit fields: access slots through SLOT())");
            } else if (!target.isOperand() && !target.isSlot() && kind == HoleKind.ABS32) {
                throw error(origin, name, "refers to its own code or data by a 32-bit absolute address at " + part + "+" + offset);
            }
            holes.add(new Hole(part, offset, kind, target, addend));
        }
        boolean fallsThrough = false;
        int tail = code.length - 4;
        for (int i = 0; i < holes.size(); i++) {
            Hole h = holes.get(i);
            if (h.part() == StencilPart.CODE && h.target() == HoleTarget.CONTINUE && h.offset() == tail
                            && Byte.toUnsignedInt(code[tail - 1]) == JMP_REL32) {
                holes.remove(i);
                code = java.util.Arrays.copyOf(code, tail - 1);
                fallsThrough = true;
                break;
            }
        }
        holes.sort((a, b) -> a.part() != b.part() ? a.part().compareTo(b.part()) : Integer.compare(a.offset(), b.offset()));
        return new Stencil(name, code, coldCode, data.toByteArray(), dataAlignment, fallsThrough, List.copyOf(holes));
    }

    /**
     * gcc 12 has no {@code musttail}: a continuation "call" that did not become a sibling call would
     * push a return address on every micro-op and eventually overflow the stack, so it fails the build.
     */
    private static void checkTailJump(String origin, String name, byte[] bytes, int offset, HoleKind kind, long addend,
                    HoleTarget target) {
        if (kind != HoleKind.REL32 || addend != -4) {
            throw error(origin, name, "uses " + target.symbol() + " other than as a jump target");
        }
        boolean jcc = offset >= 2 && Byte.toUnsignedInt(bytes[offset - 2]) == 0x0f && (bytes[offset - 1] & 0xf0) == 0x80;
        boolean jmp = offset >= 1 && Byte.toUnsignedInt(bytes[offset - 1]) == JMP_REL32;
        if (!jcc && !jmp) {
            throw error(origin, name, "reaches " + target.symbol() + " at offset " + offset
                            + " by something other than a tail jump (opcode 0x"
                            + Integer.toHexString(Byte.toUnsignedInt(bytes[Math.max(0, offset - 1)]))
                            + "); the template must `return` the continuation's call directly");
        }
    }

    private static IllegalStateException error(String origin, String stencil, String message) {
        return new IllegalStateException(origin + ": stencil " + stencil + " " + message);
    }
}
