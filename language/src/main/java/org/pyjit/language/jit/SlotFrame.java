package org.pyjit.language.jit;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Off-heap storage a region runs on: the unboxed 64-bit slots (ints, bools as 0/1, floats as their
 * bits) and the interrupt word the code polls. Native code cannot read the Java heap, so the values
 * live here while a region runs and are read back at its exit.
 */
public final class SlotFrame implements AutoCloseable {
    private final Arena arena = Arena.ofShared();
    private final MemorySegment slots;
    private final MemorySegment interrupt;
    private final int count;

    public SlotFrame(int count) {
        this.count = count;
        this.slots = arena.allocate(Math.max(1, count) * 8L, 16);
        this.interrupt = arena.allocate(8, 8);
    }

    public int count() {
        return count;
    }

    public long getLong(int slot) {
        return slots.getAtIndex(ValueLayout.JAVA_LONG, slot);
    }

    public void setLong(int slot, long value) {
        slots.setAtIndex(ValueLayout.JAVA_LONG, slot, value);
    }

    public double getDouble(int slot) {
        return slots.getAtIndex(ValueLayout.JAVA_DOUBLE, slot);
    }

    public void setDouble(int slot, double value) {
        slots.setAtIndex(ValueLayout.JAVA_DOUBLE, slot, value);
    }

    /** Asks running code to side-exit at its next poll (from any thread). */
    public void requestInterrupt() {
        interrupt.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, 1L);
    }

    public void clearInterrupt() {
        interrupt.set(ValueLayout.JAVA_LONG_UNALIGNED, 0, 0L);
    }

    long slotsAddress() {
        return slots.address();
    }

    long interruptAddress() {
        return interrupt.address();
    }

    @Override
    public void close() {
        arena.close();
    }
}
