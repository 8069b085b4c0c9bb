package org.pyjit.language.jit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * One region of generated code, executable and bound to an NFI signature
 * {@code (slots, interrupt): SINT64}. Calling it runs the micro-ops on the native slot frame until
 * an exit; the result is the exit code (0 for a normal return, else the id of the side exit taken).
 */
public final class NativeRegion {
    private final ExecutableMemory memory;
    private final NativeCall caller;
    /** The entry point bound through NFI, which {@link #caller} calls. */
    private final Object function;
    private final int codeBytes;
    private final int totalBytes;

    private NativeRegion(ExecutableMemory memory, NativeCall caller, Object function, int codeBytes, int totalBytes) {
        this.memory = memory;
        this.caller = caller;
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
            Object function = libc.bindCode(memory.address());
            return new NativeRegion(memory, libc.regionCaller(function), function, emitter.codeSize(), size);
        } catch (RuntimeException | Error e) {
            memory.release();
            throw e;
        }
    }

    public long call(SlotFrame frame) {
        return call(frame.slotsAddress(), frame.interruptAddress());
    }

    /** Runs the region on raw addresses: the slot array and the interrupt word. */
    @TruffleBoundary
    public long call(long slots, long interrupt) {
        if (!memory.isExecutable()) {
            throw new IllegalStateException("region released");
        }
        try {
            return caller.call(function, slots, interrupt);
        } catch (InteropException e) {
            throw new IllegalStateException("calling generated code failed: " + e, e);
        }
    }

    /**
     * The NFI call of regions' bound entry points through a library cached for them, adopted by a
     * root of its own: the uncached library looks up the signature's call path on every call (a
     * tier-1 call of a small compiled function took 350-395 ns with it, 317-328 ns without). One
     * serves every region of a {@link NativeLibc}: their entry points are bound to one signature,
     * so its cached call path fits them all, and creating a cached library cost 28 µs per region
     * in a profile of warm compiles (Truffle looks up the library's method handles each time).
     */
    static final class NativeCall extends RootNode {
        @Child private InteropLibrary interop;

        NativeCall(Object function) {
            super(null);
            this.interop = insert(InteropLibrary.getFactory().create(function));
        }

        long call(Object function, long slots, long interrupt) throws InteropException {
            InteropLibrary library = interop.accepts(function) ? interop : InteropLibrary.getUncached(function);
            return ((Number) library.execute(function, slots, interrupt)).longValue();
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw new UnsupportedOperationException("called through call()");
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
