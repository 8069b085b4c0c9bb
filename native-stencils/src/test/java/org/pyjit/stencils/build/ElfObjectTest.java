package org.pyjit.stencils.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.stencils.build.ElfObject.Relocation;
import org.pyjit.stencils.build.ElfObject.Section;
import org.pyjit.stencils.build.ElfObject.Symbol;

class ElfObjectTest {
    @TempDir
    Path dir;

    @Test
    void readsSectionsSymbolsAndRelocationsOfARealObject() throws Exception {
        ElfObject elf = GccFixture.compile(dir, "copy", """
                        STENCIL(copy_slot) {
                            SLOT(0) = SLOT(1);
                            CONTINUE();
                        }
                        """);
        Section text = elf.section(".text.copy_slot");
        assertNotNull(text);
        assertTrue(text.isExecutable() && text.isAllocated() && !text.isWritable());
        assertNotNull(elf.section(".symtab"));

        Symbol function = elf.symbol("copy_slot");
        assertEquals(ElfObject.STT_FUNC, function.type());
        assertEquals(ElfObject.STB_GLOBAL, function.bind());
        assertEquals(text.index(), function.sectionIndex());
        assertEquals(text.size(), function.size());
        assertTrue(elf.symbol("_JIT_SLOT0").isUndefined());
        assertTrue(elf.symbol("_JIT_CONTINUE").isUndefined());

        List<Relocation> relocations = elf.relocationsOf(text);
        byte[] code = elf.contents(text);
        int absolute = 0;
        for (Relocation r : relocations) {
            String target = r.symbol().name();
            if (target.startsWith("_JIT_SLOT")) {
                assertEquals(ElfObject.R_X86_64_32S, r.type(), "slot offsets are the accesses' displacements");
                assertEquals(0, r.addend());
                absolute++;
            } else {
                assertEquals("_JIT_CONTINUE", target);
                assertTrue(r.type() == ElfObject.R_X86_64_PLT32 || r.type() == ElfObject.R_X86_64_PC32);
                assertEquals(-4, r.addend());
                assertEquals(0xe9, code[(int) r.offset() - 1] & 0xff, "a jmp rel32");
                assertEquals(code.length - 4, r.offset(), "the tail jump is the last instruction");
            }
        }
        assertEquals(2, absolute);
    }

    @Test
    void rejectsWhatIsNotAnElfObject() {
        assertThrows(ElfObject.ElfFormatException.class, () -> ElfObject.parse(new byte[100]));
    }
}
