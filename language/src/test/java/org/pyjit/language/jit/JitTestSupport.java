package org.pyjit.language.jit;

import org.graalvm.polyglot.Context;
import org.pyjit.language.PyContext;
import org.pyjit.language.PyLanguage;

import com.oracle.truffle.api.TruffleLanguage.Env;

/** An entered pyjit context with native access: the NFI access the JIT tests run through. */
final class JitTestSupport implements AutoCloseable {
    private final Context context;
    final Env env;
    final NativeLibc libc;

    JitTestSupport() {
        context = Context.newBuilder(PyLanguage.ID).allowNativeAccess(true).option("engine.WarnInterpreterOnly", "false").build();
        context.initialize(PyLanguage.ID);
        context.enter();
        env = PyContext.get(null).getEnv();
        libc = NativeLibc.load(env);
    }

    @Override
    public void close() {
        context.leave();
        context.close();
    }
}
