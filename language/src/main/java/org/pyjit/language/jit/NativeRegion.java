package org.pyjit.language.jit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;

/**
 * One region of generated code, executable and bound to an NFI signature
 * {@code (slots, interrupt): SINT64}. Calling it runs the micro-ops on the native slot frame until
 * an exit; the result is the exit code (0 for a normal return, else the id of the side exit taken).
 */
public final class NativeRegion {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final ExecutableMemory memory;
    private final Object function;
    private final int codeBytes;
    private final int totalBytes;

    private NativeRegion(ExecutableMemory memory, Object function, int codeBytes, int totalBytes) {
        this.memory = memory;
        this.function = function;
        this.codeBytes = codeBytes;
        this.totalBytes = totalBytes;
    }

    /** Lays out, maps, patches, writes, protects (W^X) and binds the emitter's region. */
    @TruffleBoundary
    public static NativeRegion install(NativeLibc libc, Emitter emitter) {
        int size = emitter.layout();
        ExecutableMemory memory = ExecutableMemory.allocate(libc, size);
        try {
            memory.write(emitter.patch(memory.address()));
            memory.makeExecutable();
            return new NativeRegion(memory, libc.bindCode(memory.address()), emitter.codeSize(), size);
        } catch (RuntimeException | Error e) {
            memory.release();
            throw e;
        }
    }

    /** The NFI-bound entry point, for nodes that cache an {@link InteropLibrary} for it. */
    public Object function() {
        return function;
    }

    @TruffleBoundary
    public long call(SlotFrame frame) {
        if (!memory.isExecutable()) {
            throw new IllegalStateException("region released");
        }
        try {
            return INTEROP.asLong(INTEROP.execute(function, frame.slotsAddress(), frame.interruptAddress()));
        } catch (InteropException e) {
            throw new IllegalStateException("calling generated code failed: " + e, e);
        }
    }

    /** Runs the region on raw addresses: the slot array and the interrupt word. */
    @TruffleBoundary
    public long call(long slots, long interrupt) {
        if (!memory.isExecutable()) {
            throw new IllegalStateException("region released");
        }
        try {
            return INTEROP.asLong(INTEROP.execute(function, slots, interrupt));
        } catch (InteropException e) {
            throw new IllegalStateException("calling generated code failed: " + e, e);
        }
    }

    public long address() {
        return memory.address();
    }

    public long mappedBytes() {
        return memory.size();
    }

    public int codeBytes() {
        return codeBytes;
    }

    public int totalBytes() {
        return totalBytes;
    }

    public void release() {
        memory.release();
    }
}
