package org.pyjit.language.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.function.DoubleUnaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The C library's math functions, so that {@code math.sin(x)} and {@code x ** y} give CPython's
 * bits: CPython calls the platform's libm, and Java's Math and StrictMath differ from glibc in the
 * last bit for a fraction of arguments, which repr prints (over 3000 arguments: sin 6, tan 15,
 * exp 5, sinh 287, asinh 154; and glibc's pow(x, 2.0) is not x*x for 1675 of 2M random x).
 *
 * <p>They are bound with the JDK's foreign function API rather than NFI: a downcall through a
 * constant method handle costs a few nanoseconds once HotSpot compiles the caller, in the
 * interpreter's runtime code as well as behind Graal's boundaries, where an NFI call from the
 * runtime costs ~400-800 ns. Calling libm gives guest code no native access of its own, like Java's
 * own intrinsics. Where the JVM does not grant this module native access (an embedder without
 * {@code --enable-native-access}), or there is no libm.so.6, Java's functions stand in.
 */
public final class PyNativeMath {
    private static final SymbolLookup LIBM = libm();
    private static final MethodHandle SIN = unary("sin");
    private static final MethodHandle COS = unary("cos");
    private static final MethodHandle TAN = unary("tan");
    private static final MethodHandle ASIN = unary("asin");
    private static final MethodHandle ACOS = unary("acos");
    private static final MethodHandle ATAN = unary("atan");
    private static final MethodHandle SINH = unary("sinh");
    private static final MethodHandle COSH = unary("cosh");
    private static final MethodHandle TANH = unary("tanh");
    private static final MethodHandle ASINH = unary("asinh");
    private static final MethodHandle ACOSH = unary("acosh");
    private static final MethodHandle ATANH = unary("atanh");
    private static final MethodHandle EXP = unary("exp");
    private static final MethodHandle EXPM1 = unary("expm1");
    private static final MethodHandle LOG = unary("log");
    private static final MethodHandle LOG2 = unary("log2");
    private static final MethodHandle LOG10 = unary("log10");
    private static final MethodHandle LOG1P = unary("log1p");
    private static final MethodHandle CBRT = unary("cbrt");
    private static final MethodHandle EXP2 = unary("exp2");
    private static final MethodHandle ERF = unary("erf");
    private static final MethodHandle ERFC = unary("erfc");
    private static final MethodHandle POW = binary("pow");
    private static final MethodHandle ATAN2 = binary("atan2");

    private PyNativeMath() {
    }

    /** Whether these functions are libm's (else Java's stand-ins, which may round differently). */
    public static boolean usesLibm() {
        return LIBM != null;
    }

    private static SymbolLookup libm() {
        if (!PyNativeMath.class.getModule().isNativeAccessEnabled()) {
            return null;
        }
        try {
            return SymbolLookup.libraryLookup("libm.so.6", Arena.global());
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static MethodHandle unary(String name) {
        return bind(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle binary(String name) {
        return bind(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor) {
        if (LIBM == null) {
            return null;
        }
        try {
            return LIBM.find(name).map(address -> Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.critical(false))).orElse(null);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static double call(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    private static double call(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("libm call failed", t);
        }
    }

    @TruffleBoundary
    public static double sin(double x) {
        return SIN != null ? call(SIN, x) : Math.sin(x);
    }

    @TruffleBoundary
    public static double cos(double x) {
        return COS != null ? call(COS, x) : Math.cos(x);
    }

    @TruffleBoundary
    public static double tan(double x) {
        return TAN != null ? call(TAN, x) : Math.tan(x);
    }

    @TruffleBoundary
    public static double asin(double x) {
        return ASIN != null ? call(ASIN, x) : Math.asin(x);
    }

    @TruffleBoundary
    public static double acos(double x) {
        return ACOS != null ? call(ACOS, x) : Math.acos(x);
    }

    @TruffleBoundary
    public static double atan(double x) {
        return ATAN != null ? call(ATAN, x) : Math.atan(x);
    }

    @TruffleBoundary
    public static double sinh(double x) {
        return SINH != null ? call(SINH, x) : Math.sinh(x);
    }

    @TruffleBoundary
    public static double cosh(double x) {
        return COSH != null ? call(COSH, x) : Math.cosh(x);
    }

    @TruffleBoundary
    public static double tanh(double x) {
        // Without libm, StrictMath's tanh (fdlibm's formula) is the one that agrees with glibc's more often.
        return TANH != null ? call(TANH, x) : StrictMath.tanh(x);
    }

    @TruffleBoundary
    public static double asinh(double x) {
        return ASINH != null ? call(ASINH, x) : Double.isInfinite(x) ? x : Math.log(x + Math.sqrt(x * x + 1));
    }

    @TruffleBoundary
    public static double acosh(double x) {
        return ACOSH != null ? call(ACOSH, x) : x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1));
    }

    @TruffleBoundary
    public static double atanh(double x) {
        return ATANH != null ? call(ATANH, x) : Math.abs(x) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x));
    }

    @TruffleBoundary
    public static double exp(double x) {
        return EXP != null ? call(EXP, x) : Math.exp(x);
    }

    @TruffleBoundary
    public static double expm1(double x) {
        return EXPM1 != null ? call(EXPM1, x) : Math.expm1(x);
    }

    @TruffleBoundary
    public static double log(double x) {
        return LOG != null ? call(LOG, x) : PyLibm.log(x);
    }

    @TruffleBoundary
    public static double log2(double x) {
        return LOG2 != null ? call(LOG2, x) : PyLibm.log2(x);
    }

    @TruffleBoundary
    public static double log10(double x) {
        return LOG10 != null ? call(LOG10, x) : PyLibm.log10(x);
    }

    @TruffleBoundary
    public static double log1p(double x) {
        return LOG1P != null ? call(LOG1P, x) : x <= -1 ? Double.NaN : Math.log1p(x);
    }

    @TruffleBoundary
    public static double cbrt(double x) {
        return CBRT != null ? call(CBRT, x) : Math.cbrt(x);
    }

    @TruffleBoundary
    public static double exp2(double x) {
        return EXP2 != null ? call(EXP2, x) : Math.pow(2.0, x);
    }

    /** libm's erf, or {@code fallback} (the math module's own series) without libm. */
    @TruffleBoundary
    public static double erf(double x, DoubleUnaryOperator fallback) {
        return ERF != null ? call(ERF, x) : fallback.applyAsDouble(x);
    }

    @TruffleBoundary
    public static double erfc(double x, DoubleUnaryOperator fallback) {
        return ERFC != null ? call(ERFC, x) : fallback.applyAsDouble(x);
    }

    @TruffleBoundary
    public static double pow(double x, double y) {
        return POW != null ? call(POW, x, y) : Math.pow(x, y);
    }

    @TruffleBoundary
    public static double atan2(double y, double x) {
        return ATAN2 != null ? call(ATAN2, y, x) : Math.atan2(y, x);
    }
}
