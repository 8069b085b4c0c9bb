package org.pyjit.language.jit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.source.Source;

/**
 * The few libc functions tier 2 needs, bound through the Truffle NFI: mmap, mprotect, munmap,
 * memfd_create and close. Uses
 * NFI's default libffi backend, else the panama one. Panama's calls are cheaper once warm (~22 vs
 * ~50 ns), but a region is entered a few thousand times per run at most, while panama's first call
 * (spinning its method handles) cost 13 ms of the first region's compile time against 3.5 ms, and
 * each later mmap and mprotect ~250 µs against ~150 µs (measured on nbody and sieve, AOT cache on).
 */
public final class NativeLibc {
    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int PROT_EXEC = 4;
    private static final int PROT_NONE = 0;
    private static final int MAP_SHARED = 0x01;
    private static final int MAP_PRIVATE = 0x02;
    private static final int MAP_FIXED = 0x10;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final int MAP_NORESERVE = 0x4000;
    private static final int MFD_CLOEXEC = 1;
    private static final long MAP_FAILED = -1;

    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final Env env;
    private final String backend;
    private final Object mmap;
    private final Object mprotect;
    private final Object munmap;
    private final Object memfdCreate;
    private final Object close;
    /** The signature of every region's entry shim: {@code (slots, interrupt): exit code}. */
    private final Object codeSignature;
    private final CodePages codePages = new CodePages(this);
    private NativeRegion.NativeCall regionCaller;

    private NativeLibc(Env env, String backend, Object mmap, Object mprotect, Object munmap, Object memfdCreate, Object close,
                    Object codeSignature) {
        this.env = env;
        this.backend = backend;
        this.mmap = mmap;
        this.mprotect = mprotect;
        this.munmap = munmap;
        this.memfdCreate = memfdCreate;
        this.close = close;
        this.codeSignature = codeSignature;
    }

    /**
     * The conditions of binding libc that cost nothing to check (the binding itself waits for the
     * first region).
     *
     * @throws UnsupportedOperationException when native access is denied or this is not x86-64
     *             Linux (tier 2 must then switch itself off)
     */
    @TruffleBoundary
    public static void checkPlatform(Env env) {
        if (!"amd64".equals(System.getProperty("os.arch")) && !"x86_64".equals(System.getProperty("os.arch"))
                        || !System.getProperty("os.name", "").startsWith("Linux")) {
            throw new UnsupportedOperationException("tier 2 needs x86-64 Linux, this is " + System.getProperty("os.name")
                            + " on " + System.getProperty("os.arch"));
        }
        if (!env.isNativeAccessAllowed()) {
            throw new UnsupportedOperationException("native access is not allowed");
        }
    }

    /**
     * Binds libc through NFI.
     *
     * @throws UnsupportedOperationException when NFI is not available or {@link #checkPlatform} fails
     *             (tier 2 must then switch itself off)
     */
    @TruffleBoundary
    public static NativeLibc load(Env env) {
        checkPlatform(env);
        StringBuilder failures = new StringBuilder();
        for (String backend : new String[]{"native", "panama"}) {
            try {
                return bind(env, backend);
            } catch (RuntimeException | InteropException | LinkageError e) {
                failures.append(failures.isEmpty() ? "" : "; ").append("NFI backend ").append(backend).append(": ").append(e);
            }
        }
        throw new UnsupportedOperationException(failures.toString());
    }

    private static NativeLibc bind(Env env, String backend) throws InteropException {
        Object libc = parse(env, backend, "load \"libc.so.6\"");
        Object mmap = function(env, backend, libc, "mmap", "(UINT64, UINT64, SINT32, SINT32, SINT32, SINT64): SINT64");
        Object mprotect = function(env, backend, libc, "mprotect", "(UINT64, UINT64, SINT32): SINT32");
        Object munmap = function(env, backend, libc, "munmap", "(UINT64, UINT64): SINT32");
        Object memfdCreate = function(env, backend, libc, "memfd_create", "(STRING, UINT32): SINT32");
        Object close = function(env, backend, libc, "close", "(SINT32): SINT32");
        Object codeSignature = parse(env, backend, "(UINT64, UINT64): SINT64");
        return new NativeLibc(env, backend, mmap, mprotect, munmap, memfdCreate, close, codeSignature);
    }

    private static Object parse(Env env, String backend, String code) {
        String text = "with " + backend + " " + code;
        return env.parseInternal(Source.newBuilder("nfi", text, "pyjit-jit").internal(true).build()).call();
    }

    private static Object function(Env env, String backend, Object library, String name, String signature)
                    throws InteropException {
        Object symbol = INTEROP.readMember(library, name);
        return INTEROP.invokeMember(parse(env, backend, signature), "bind", symbol);
    }

    /**
     * The address of {@code symbol} in the shared library {@code library} (e.g. "libm.so.6", "sqrt"):
     * what a helper-calling stencil gets as its helper operand.
     */
    @TruffleBoundary
    public long symbolAddress(String library, String symbol) {
        try {
            Object lib = parse(env, backend, "load \"" + library + "\"");
            return INTEROP.asPointer(INTEROP.readMember(lib, symbol));
        } catch (InteropException e) {
            throw new IllegalArgumentException("no symbol " + symbol + " in " + library + ": " + e, e);
        }
    }

    /** Where regions' code pages come from. */
    CodePages codePages() {
        return codePages;
    }

    /** The NFI backend in use: "panama" or "native" (libffi). */
    public String backend() {
        return backend;
    }

    /** An NFI signature {@code (UINT64, UINT64): SINT64} bound to generated code at {@code address}. */
    @TruffleBoundary
    Object bindCode(long address) {
        try {
            return INTEROP.invokeMember(codeSignature, "bind", new NativePointer(address));
        } catch (InteropException e) {
            throw new IllegalStateException("cannot bind generated code: " + e, e);
        }
    }

    /** The caller of every region bound by {@link #bindCode}, made for the first of them. */
    synchronized NativeRegion.NativeCall regionCaller(Object function) {
        if (regionCaller == null) {
            regionCaller = new NativeRegion.NativeCall(function);
        }
        return regionCaller;
    }

    /** A fresh private anonymous read-write mapping of {@code size} bytes (page-rounded by the kernel). */
    @TruffleBoundary
    public long mapReadWrite(long size) {
        long address = asLong(call(mmap, 0L, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L));
        if (address == MAP_FAILED) {
            throw new OutOfMemoryError("mmap of " + size + " bytes failed");
        }
        return address;
    }

    /** Address space of {@code size} bytes that nothing may access, for {@link #mapCode} to map into. */
    @TruffleBoundary
    long reserve(long size) {
        long address = asLong(call(mmap, 0L, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0L));
        if (address == MAP_FAILED) {
            throw new OutOfMemoryError("mmap of " + size + " bytes of address space failed");
        }
        return address;
    }

    /**
     * Maps {@code size} bytes of the file {@code fd} from {@code offset} read-execute at
     * {@code address}, replacing what was mapped there; false when the kernel refuses.
     */
    @TruffleBoundary
    boolean mapCode(long address, long size, int fd, long offset) {
        int flags = MAP_SHARED | MAP_FIXED;
        return asLong(call(mmap, address, size, PROT_READ | PROT_EXEC, flags, fd, offset)) == address;
    }

    /** A new anonymous memory file (memfd_create), or -1 when the kernel has none. */
    @TruffleBoundary
    int memfdCreate(String name) {
        return (int) asLong(call(memfdCreate, name, MFD_CLOEXEC));
    }

    @TruffleBoundary
    void close(int fd) {
        call(close, fd);
    }

    @TruffleBoundary
    public void protect(long address, long size, int protection) {
        if (asLong(call(mprotect, address, size, protection)) != 0) {
            throw new IllegalStateException("mprotect(" + Long.toHexString(address) + ", " + size + ", " + protection + ") failed");
        }
    }

    @TruffleBoundary
    public void unmap(long address, long size) {
        if (asLong(call(munmap, address, size)) != 0) {
            throw new IllegalStateException("munmap(" + Long.toHexString(address) + ", " + size + ") failed");
        }
    }

    private static Object call(Object function, Object... args) {
        try {
            return INTEROP.execute(function, args);
        } catch (InteropException e) {
            throw new IllegalStateException("native call failed: " + e, e);
        }
    }

    private static long asLong(Object value) {
        try {
            return INTEROP.asLong(value);
        } catch (InteropException e) {
            throw new IllegalStateException(e);
        }
    }
}
