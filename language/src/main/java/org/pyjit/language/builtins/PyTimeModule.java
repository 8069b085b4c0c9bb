package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PySysModule.fn;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;

/** The time module. */
final class PyTimeModule {
    private PyTimeModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("time");
        fn(m, "time", (args, kw) -> {
            PyArgs.none("time", args, kw);
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        fn(m, "time_ns", (args, kw) -> {
            PyArgs.none("time_ns", args, kw);
            java.time.Instant now = java.time.Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
        fn(m, "perf_counter", (args, kw) -> {
            PyArgs.none("perf_counter", args, kw);
            return System.nanoTime() / 1e9;
        });
        fn(m, "perf_counter_ns", (args, kw) -> {
            PyArgs.none("perf_counter_ns", args, kw);
            return System.nanoTime();
        });
        fn(m, "monotonic", (args, kw) -> {
            PyArgs.none("monotonic", args, kw);
            return System.nanoTime() / 1e9;
        });
        fn(m, "monotonic_ns", (args, kw) -> {
            PyArgs.none("monotonic_ns", args, kw);
            return System.nanoTime();
        });
        fn(m, "process_time", (args, kw) -> {
            PyArgs.none("process_time", args, kw);
            ThreadMXBean b = ManagementFactory.getThreadMXBean();
            return b.getCurrentThreadCpuTime() / 1e9;
        });
        fn(m, "sleep", (args, kw) -> {
            PyArgs.exactlyOne("sleep", args, kw);
            Object v = args[0];
            double secs;
            if (v instanceof Double d) {
                secs = d;
            } else if (PyInt.isInt(v)) {
                secs = PyInt.toDouble(v);
            } else {
                throw PyErrors.typeError("'" + PyOps.typeName(v) + "' object cannot be interpreted as an integer");
            }
            if (secs < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            try {
                long ms = (long) (secs * 1000);
                int ns = (int) ((secs * 1e9) % 1_000_000);
                Thread.sleep(ms, ns);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
        return m;
    }
}
