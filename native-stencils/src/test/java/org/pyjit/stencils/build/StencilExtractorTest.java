package org.pyjit.stencils.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.stencils.Hole;
import org.pyjit.stencils.HoleKind;
import org.pyjit.stencils.HoleTarget;
import org.pyjit.stencils.Stencil;
import org.pyjit.stencils.StencilPart;

class StencilExtractorTest {
    @TempDir
    Path dir;

    private Stencil only(String body) throws Exception {
        List<Stencil> stencils = StencilExtractor.extract(GccFixture.compile(dir, "t", body), "t.c");
        assertEquals(1, stencils.size());
        return stencils.get(0);
    }

    @Test
    void cutsTheTrailingJumpToTheNextMicroOp() throws Exception {
        ElfObject elf = GccFixture.compile(dir, "move", "STENCIL(m) { SLOT(0) = SLOT(1); CONTINUE(); }");
        byte[] compiled = elf.contents(elf.section(".text.m"));
        Stencil s = StencilExtractor.extract(elf, "move.c").get(0);
        assertTrue(s.fallsThrough());
        assertEquals(compiled.length - 5, s.code().length);
        assertArrayEquals(Arrays.copyOf(compiled, compiled.length - 5), s.code());
        assertFalse(s.uses(HoleTarget.CONTINUE));
        for (Hole h : s.holes()) {
            // Slots are reached by the 32-bit displacement of the access itself.
            assertTrue(h.target().isSlot());
            assertEquals(HoleKind.ABS32, h.kind());
            assertTrue(h.offset() + 4 <= s.code().length);
        }
        assertEquals(2, s.holes().size());
    }

    @Test
    void aResultStoreAtTheEndCanBeLeftOut() throws Exception {
        Stencil s = only("STENCIL(f) { SET_RESULT(acc * FSLOT(1)); CONTINUE(); }");
        Stencil twin = s.withoutResultStore();
        assertEquals("f_nostore", twin.name());
        assertArrayEquals(Arrays.copyOf(s.code(), s.code().length - 8), twin.code());
        assertTrue(twin.fallsThrough());
        assertFalse(twin.uses(HoleTarget.SLOT0));
        assertTrue(twin.uses(HoleTarget.SLOT1), "the operand is still read");
        assertFalse(s.leavesIntInRax());
        // A float store that is not the accumulator's is no result store, nor an int store from another register.
        assertEquals(null, only("STENCIL(h) { SET_FSLOT(0, r1); CONTINUE(); }").withoutResultStore());
        assertEquals(null, only("STENCIL(k) { SLOT(0) = i1; CONTINUE(); }").withoutResultStore());
    }

    @Test
    void anIntResultStoredFromRaxStaysThereForTheNextMicroOp() throws Exception {
        Stencil s = only("STENCIL(f) { SET_INT_RESULT(SLOT(1) ^ SLOT(2)); CONTINUE(); }");
        assertTrue(s.leavesIntInRax());
        Stencil twin = s.withoutResultStore();
        assertEquals("f_nostore", twin.name());
        assertArrayEquals(Arrays.copyOf(s.code(), s.code().length - 7), twin.code());
        assertFalse(twin.uses(HoleTarget.SLOT0));
        assertFalse(only("STENCIL(k) { SLOT(0) = i1; CONTINUE(); }").leavesIntInRax());
        // A constant stored into a slot is all a stencil may be to leave rax alone in between.
        assertTrue(only("STENCIL(b) { SLOT(0) = 1; CONTINUE(); }").keepsRax());
        assertFalse(only("STENCIL(c) { SLOT(0) = 1; SLOT(1) = 2; CONTINUE(); }").keepsRax());
        assertFalse(s.keepsRax());
        // The reader's side: its operand comes from rax, no slot is read for it.
        Stencil reader = only("STENCIL(g) { SET_INT_RESULT(RAX_IN() + SLOT(2)); CONTINUE(); }");
        assertEquals(List.of(HoleTarget.SLOT2, HoleTarget.SLOT0), reader.holes().stream().map(Hole::target).toList());
    }

    @Test
    void aShiftCountIsAByteHole() throws Exception {
        Stencil s = only("STENCIL(f) { int64_t x = SLOT(1); SHIFT_BY_OPERAND(\"sarq\", x, 2); SLOT(0) = x; CONTINUE(); }");
        Hole count = s.holes().stream().filter(h -> h.target() == HoleTarget.OPERAND2).findFirst().orElseThrow();
        assertEquals(HoleKind.ABS8, count.kind());
        // sar $imm8, %rax: 48 c1 f8, then the count.
        assertArrayEquals(new byte[]{0x48, (byte) 0xc1, (byte) 0xf8}, Arrays.copyOfRange(s.code(), count.offset() - 3, count.offset()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> only("STENCIL(bad) { int64_t x = SLOT(1); __asm__(\"sarq $_JIT_SLOT2, %0\" : \"+r\"(x)); SLOT(0) = x; CONTINUE(); }"));
        assertTrue(e.getMessage().contains("shift counts"), e.getMessage());
    }

    @Test
    void movesColdSideExitsOutOfLine() throws Exception {
        Stencil s = only("""
                        STENCIL(g) {
                            if (SLOT(0) == 0) {
                                SIDE_EXIT();
                            }
                            CONTINUE();
                        }
                        """);
        assertTrue(s.fallsThrough());
        assertTrue(s.cold().length > 0, "the exit path is in .text.unlikely");
        Hole toCold = s.holes().stream().filter(h -> h.target() == HoleTarget.COLD).findFirst().orElseThrow();
        assertEquals(StencilPart.CODE, toCold.part());
        assertEquals(HoleKind.REL32, toCold.kind());
        Hole exit = s.holes().stream().filter(h -> h.target() == HoleTarget.EXIT).findFirst().orElseThrow();
        assertEquals(StencilPart.COLD, exit.part());
        assertEquals(0xe9, s.cold()[exit.offset() - 1] & 0xff);
    }

    @Test
    void copiesReadOnlyDataIntoTheStencil() throws Exception {
        Stencil s = only("""
                        STENCIL(scale) {
                            SET_FSLOT(0, FSLOT(1) * 1.5);
                            CONTINUE();
                        }
                        """);
        assertEquals(8, s.data().length);
        assertEquals(1.5, java.nio.ByteBuffer.wrap(s.data()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble(0));
        Hole constant = s.holes().stream().filter(h -> h.target() == HoleTarget.DATA).findFirst().orElseThrow();
        assertEquals(HoleKind.REL32, constant.kind(), "the constant is loaded rip-relatively");
    }

    @Test
    void rejectsATableAddressedAbsolutely() {
        // The small code model indexes a static table by its 32-bit absolute address, which cannot
        // hold where the stencil is copied to.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> only("""
                        static const int64_t table[4] = {11, 22, 33, 44};
                        STENCIL(lookup) {
                            SLOT(0) = table[SLOT(1) & 3];
                            CONTINUE();
                        }
                        """));
        assertTrue(e.getMessage().contains("32-bit absolute address"), e.getMessage());
    }

    @Test
    void rejectsAContinuationThatIsCalledInsteadOfJumpedTo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> only("""
                        STENCIL(bad) {
                            int64_t r = _JIT_CONTINUE(slots, interrupt, REGS);
                            return r + 1;
                        }
                        """));
        assertTrue(e.getMessage().contains("tail jump"), e.getMessage());
    }

    @Test
    void rejectsUnknownExternSymbols() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> only("""
                        extern int64_t mystery(int64_t);
                        STENCIL(bad) {
                            SLOT(0) = mystery(SLOT(1));
                            CONTINUE();
                        }
                        """));
        assertTrue(e.getMessage().contains("mystery"), e.getMessage());
    }

    @Test
    void helperAddressesStayAbsolute() throws Exception {
        Stencil s = only("""
                        STENCIL(call) {
                            SET_FSLOT(0, HELPER(2, double (*)(double))(FSLOT(1)));
                            CONTINUE();
                        }
                        """);
        Hole helper = s.holes().stream().filter(h -> h.target() == HoleTarget.OPERAND2).findFirst().orElseThrow();
        assertEquals(HoleKind.ABS64, helper.kind());
    }
}
