package org.pyjit.language.jit;

/** Hand-lowered micro-op sequences shared by the JIT tests. */
final class Regions {
    static final int SUM = 0;
    static final int I = 1;
    static final int N = 2;

    static final long EXIT_SUM_OVERFLOW = 1;
    static final long EXIT_I_OVERFLOW = 2;
    static final long EXIT_INTERRUPT = 3;

    private Regions() {
    }

    /**
     * {@code sum = 0 (unless keepSum); i = 0; while i < n: sum += i; i += 1} over slots SUM, I, N,
     * lowered bottom-tested with an interrupt poll on the back-edge.
     */
    static Emitter sumLoop(StencilLibrary library, boolean keepSum) {
        Emitter e = new Emitter(library);
        Label loop = e.newLabel();
        Label done = e.newLabel();
        if (!keepSum) {
            e.op("load_const", SUM, 0);
        }
        e.op("load_const", I, 0);
        e.branch("branch_int_ge", done, I, N);
        e.bind(loop);
        e.guarded("int_add", EXIT_SUM_OVERFLOW, SUM, SUM, I);
        e.guarded("int_add_imm", EXIT_I_OVERFLOW, I, I, 1);
        e.guarded("poll_interrupt", EXIT_INTERRUPT);
        e.branch("branch_int_lt", loop, I, N);
        e.bind(done);
        e.exit(0);
        return e;
    }

    /** A 40-micro-op region: a float and int loop body of the kind nbody/mandelbrot lower to. */
    static Emitter fortyOps(StencilLibrary library, long sqrt) {
        Emitter e = new Emitter(library);
        Label loop = e.newLabel();
        e.op("load_const", 0, 0).op("load_const", 1, 0).op("load_const", 2, Double.doubleToRawLongBits(0.5));
        e.bind(loop);
        for (int k = 0; k < 4; k++) {
            e.op("float_mul", 3, 2, 2);
            e.op("float_add", 4, 3, 2);
            e.guarded("float_div", 10 + k, 5, 4, 2);
            e.op("call_f64_f64", 6, 5, sqrt);
            e.op("float_sub", 7, 6, 3);
            e.op("float_lt", 8, 7, 4);
            e.guarded("int_add", 20 + k, 0, 0, 8);
            e.op("move", 9, 7);
        }
        e.guarded("int_add_imm", 30, 1, 1, 1);
        e.guarded("poll_interrupt", 31);
        e.op("int_to_float", 2, 1);
        e.branch("branch_int_lt", loop, 1, 10);
        e.exit(0);
        return e;
    }
}
