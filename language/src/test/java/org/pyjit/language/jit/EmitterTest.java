package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.pyjit.stencils.Hole;
import org.pyjit.stencils.HoleKind;
import org.pyjit.stencils.HoleTarget;
import org.pyjit.stencils.Stencil;
import org.pyjit.stencils.StencilPart;

/** The patcher, without running anything: where every byte and hole value lands. */
class EmitterTest {
    private static final long BASE = 0x7f12_3456_0000L;
    private final StencilLibrary library = StencilLibrary.get();

    private static Hole hole(Stencil s, HoleTarget target) {
        return s.holes().stream().filter(h -> h.target() == target).findFirst().orElseThrow();
    }

    private static ByteBuffer le(byte[] image) {
        return ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void operandsLandAtTheirHolesAndMicroOpsFallThrough() {
        Stencil entry = library.stencil("entry");
        Stencil load = library.stencil("load_const");
        Stencil move = library.stencil("move");
        Stencil exit = library.stencil("exit_with");
        assertTrue(entry.fallsThrough() && load.fallsThrough() && move.fallsThrough());
        assertEquals(0, entry.code().length, "the entry shim is only the cut jump");

        Emitter e = new Emitter(library).op("load_const", 3, 0x1122334455667788L).op("move", 4, 3).exit(42);
        byte[] image = e.patch(BASE);
        int loadAt = entry.code().length;
        int moveAt = loadAt + load.code().length;
        int exitAt = moveAt + move.code().length;
        assertEquals(exitAt + exit.code().length, e.codeSize(), "no gaps, no jumps between micro-ops");

        ByteBuffer b = le(image);
        // A slot operand becomes its byte offset, a 32-bit displacement; other operands 64-bit values.
        assertEquals(3 * 8, b.getInt(loadAt + hole(load, HoleTarget.SLOT0).offset()));
        assertEquals(0x1122334455667788L, b.getLong(loadAt + hole(load, HoleTarget.OPERAND1).offset()));
        assertEquals(4 * 8, b.getInt(moveAt + hole(move, HoleTarget.SLOT0).offset()));
        assertEquals(3 * 8, b.getInt(moveAt + hole(move, HoleTarget.SLOT1).offset()));
        assertEquals(42, b.getLong(exitAt + hole(exit, HoleTarget.OPERAND0).offset()));
        // Bytes outside holes are the stencil's own.
        assertEquals(load.code()[0], image[loadAt]);
        assertEquals(exit.code()[exit.code().length - 1], image[exitAt + exit.code().length - 1]);
    }

    @Test
    void jumpsAndSideExitsGetCorrectRel32Displacements() {
        Emitter e = new Emitter(library);
        Label loop = e.newLabel();
        e.bind(loop);
        e.guarded("int_add", 7, 0, 0, 1);
        e.branch("jump", loop);
        byte[] image = e.patch(BASE);
        ByteBuffer b = le(image);

        Stencil add = library.stencil("int_add");
        Stencil jump = library.stencil("jump");
        int addAt = library.stencil("entry").code().length;
        int jumpAt = addAt + add.code().length;

        Hole back = hole(jump, HoleTarget.JUMP_TARGET);
        assertEquals(HoleKind.REL32, back.kind());
        int field = jumpAt + back.offset();
        assertEquals(addAt, field + 4 + b.getInt(field), "the back-edge lands on the loop's first micro-op");

        // int_add's hot code jumps to its cold part, which jumps to the exit stub returning 7.
        Hole toCold = hole(add, HoleTarget.COLD);
        int coldAt = addAt + toCold.offset() + 4 + b.getInt(addAt + toCold.offset()) - (int) toCold.addend() - 4;
        assertTrue(coldAt >= e.codeSize(), "cold code after all hot code");
        Hole exit = hole(add, HoleTarget.EXIT);
        assertEquals(StencilPart.COLD, exit.part());
        int exitField = coldAt + exit.offset();
        int stubAt = exitField + 4 + b.getInt(exitField);
        Stencil stub = library.stencil("exit_with");
        assertEquals(7, b.getLong(stubAt + hole(stub, HoleTarget.OPERAND0).offset()));
        assertEquals(image.length, stubAt + stub.code().length);
    }

    @Test
    void exitStubsAreSharedPerExitId() {
        Emitter one = new Emitter(library).guarded("int_add", 5, 0, 0, 1).guarded("int_sub", 5, 0, 0, 1).exit(0);
        Emitter two = new Emitter(library).guarded("int_add", 5, 0, 0, 1).guarded("int_sub", 6, 0, 0, 1).exit(0);
        assertEquals(library.stencil("exit_with").code().length, two.layout() - one.layout());
    }

    @Test
    void rejectsMalformedRegions() {
        assertThrows(IllegalArgumentException.class, () -> new Emitter(library).op("int_add", 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Emitter(library).op("load_const", 0));
        assertThrows(IllegalArgumentException.class, () -> new Emitter(library).op("jump"));
        assertThrows(IllegalStateException.class, () -> new Emitter(library).op("move", 0, 1).layout());
        Emitter dangling = new Emitter(library);
        dangling.branch("jump", dangling.newLabel());
        assertThrows(IllegalStateException.class, dangling::layout);
    }
}
