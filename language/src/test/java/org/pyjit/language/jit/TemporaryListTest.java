package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import org.junit.jupiter.api.Test;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyUnboxed;

/** Lists a function region returns from the arena of temporaries, in the forms tier 1 makes. */
public class TemporaryListTest {
    @Test
    public void floatsComeUnboxed() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment words = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, 0.5, -1.25, 3.0);
            PyList list = PyJit.temporaryList(words.address(), 3, PyUnboxed.FLOAT);
            assertEquals(PyList.FLOATS, list.form());
            assertEquals(3, list.size());
            assertEquals(-1.25, list.get(1));
            assertEquals(3.0, list.get(2));
        }
    }

    @Test
    public void floatsWithANaNComeAsObjects() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment words = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, 0.5, Double.NaN);
            PyList list = PyJit.temporaryList(words.address(), 2, PyUnboxed.FLOAT);
            assertEquals(PyList.OBJECTS, list.form());
            assertTrue(Double.isNaN((Double) list.get(1)));
        }
    }

    @Test
    public void intsComeAsObjects() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment words = arena.allocateFrom(ValueLayout.JAVA_LONG, 7L, -9L);
            PyList list = PyJit.temporaryList(words.address(), 2, PyUnboxed.INT);
            assertEquals(PyList.OBJECTS, list.form());
            assertEquals(-9L, list.get(1));
        }
    }
}
