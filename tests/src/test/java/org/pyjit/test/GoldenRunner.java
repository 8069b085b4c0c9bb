package org.pyjit.test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one program in-process the way the embedding contract says the launcher does: a fresh
 * {@link Context} per program (sharing one {@link Engine} when {@code pyjit.test.sharedEngine} is
 * not {@code false}), stdin/stdout/stderr in memory, {@code sys.argv == ['NAME.py']}.
 *
 * <p>
 * A {@link PolyglotException} becomes what a terminal would show: {@code isExit()} gives
 * {@code getExitStatus()}; any other guest exception appends the guest object's
 * {@code __pyjit_traceback__} string to stderr with status 1. Anything else (an internal error, a
 * host exception, a guest exception without a traceback) is a test failure carrying the Java stack
 * trace (as the cause of the failure).
 *
 * <p>
 * Each program runs on its own thread with a large stack (deep-recursion tests), and a watchdog
 * cancels it with {@code context.close(true)} after {@code pyjit.test.timeout} seconds (60), so a
 * hang fails one test instead of the build.
 */
final class GoldenRunner implements AutoCloseable {
    static final String TRACEBACK_MEMBER = "__pyjit_traceback__";
    private static final long TIMEOUT_SECONDS = Long.getLong("pyjit.test.timeout", 60);
    private static final long STACK_SIZE = Long.getLong("pyjit.test.stackSize", 1L << 30);

    record Result(String stdout, String stderr, int exitStatus) {
    }

    private final Map<String, String> engineOptions = new LinkedHashMap<>();
    private final Map<String, String> contextOptions = new LinkedHashMap<>();
    private Engine engine;

    /**
     * @param extraOptions options added to those of the system property {@code pyjit.test.options}
     *            (comma-separated NAME=VALUE pairs, e.g. {@code pyjit.JIT=true,pyjit.JITThreshold=0})
     */
    GoldenRunner(Map<String, String> extraOptions) {
        Map<String, String> all = new LinkedHashMap<>(parseOptions(System.getProperty("pyjit.test.options", "")));
        all.putAll(extraOptions);
        boolean shared = !"false".equals(System.getProperty("pyjit.test.sharedEngine", "true"));
        for (Map.Entry<String, String> option : all.entrySet()) {
            // With a shared engine, engine options can only be given to the engine.
            if (shared && option.getKey().startsWith("engine.")) {
                engineOptions.put(option.getKey(), option.getValue());
            } else {
                contextOptions.put(option.getKey(), option.getValue());
            }
        }
        if (shared) {
            engine = Engine.newBuilder("pyjit").allowExperimentalOptions(true).options(engineOptions).build();
        }
    }

    static Map<String, String> parseOptions(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String item = pair.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("pyjit.test.options: expected NAME=VALUE, got '" + item + "'");
            }
            options.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
        }
        return options;
    }

    Result run(GoldenProgram program) throws Throwable {
        String code = program.code();
        byte[] stdin = program.stdin();
        AtomicReference<Context> contextRef = new AtomicReference<>();
        AtomicReference<Result> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(runInContext(program, code, stdin, contextRef));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "pyjit-golden-" + program.id(), STACK_SIZE);
        worker.setDaemon(true);
        worker.start();
        worker.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        if (worker.isAlive()) {
            Context context = contextRef.get();
            if (context != null) {
                try {
                    context.close(true);
                } catch (RuntimeException e) {
                    // The worker is being cancelled; its own failure is irrelevant now.
                }
            }
            worker.join(10_000);
            throw new AssertionFailedError(program.id() + " timed out after " + TIMEOUT_SECONDS + " s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private Result runInContext(GoldenProgram program, String code, byte[] stdin, AtomicReference<Context> contextRef) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("pyjit").in(new ByteArrayInputStream(stdin)).out(out).err(err).arguments("pyjit",
                        new String[]{program.fileName()}).allowNativeAccess(true).allowExperimentalOptions(true).options(contextOptions);
        if (engine != null) {
            builder.engine(engine);
        }
        Context context = builder.build();
        contextRef.set(context);
        int status = 0;
        String traceback = "";
        try {
            Source source = Source.newBuilder("pyjit", code, program.fileName()).buildLiteral();
            context.eval(source);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                status = e.getExitStatus();
            } else if (e.isCancelled()) {
                throw new AssertionFailedError(program.id() + " was cancelled (timeout)", e);
            } else if (e.isGuestException() && !e.isInternalError()) {
                traceback = tracebackOf(program, e);
                status = 1;
            } else {
                throw new AssertionFailedError(program.id() + ": internal error (not a Python exception): " + e.getMessage(), e);
            }
        } finally {
            closeQuietly(context);
        }
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + traceback, status);
    }

    private static String tracebackOf(GoldenProgram program, PolyglotException e) {
        Value guest = e.getGuestObject();
        if (guest == null || !guest.hasMember(TRACEBACK_MEMBER)) {
            throw new AssertionFailedError(program.id() + ": guest exception without a " + TRACEBACK_MEMBER + " member: " + e.getMessage(), e);
        }
        Value traceback = guest.getMember(TRACEBACK_MEMBER);
        if (!traceback.isString()) {
            throw new AssertionFailedError(program.id() + ": " + TRACEBACK_MEMBER + " is not a string: " + traceback, e);
        }
        return traceback.asString();
    }

    private static void closeQuietly(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            // After an exit or a cancel the context may refuse a normal close; it is gone either way.
            if (!e.isExit() && !e.isCancelled()) {
                throw e;
            }
        } catch (IllegalStateException e) {
            // Closing from the thread that is still inside a cancelled context.
        }
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close(true);
            engine = null;
        }
    }
}
