package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PySysModule.fn;

import com.oracle.truffle.api.TruffleLanguage.Env;
import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInterop;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;

/**
 * The polyglot module: values shared with the embedder and other languages through the polyglot
 * bindings ({@code Context.getPolyglotBindings()}), which the embedder must allow
 * ({@code Context.Builder.allowPolyglotAccess(PolyglotAccess.ALL)}).
 */
final class PyPolyglotModule {
    private PyPolyglotModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("polyglot");
        fn(m, "import_value", (args, kw) -> {
            PyArgs.range("import_value", args, kw, 1, 1);
            String name = PyArgs.requireStr("import_value", args[0], 1);
            Object v = env().importSymbol(name);
            return v == null ? PyNone.NONE : PyInterop.fromForeign(v);
        });
        fn(m, "export_value", (args, kw) -> {
            PyArgs.range("export_value", args, kw, 2, 2);
            String name = PyArgs.requireStr("export_value", args[0], 1);
            env().exportSymbol(name, PyInterop.toForeign(args[1]));
            return args[1];
        });
        return m;
    }

    private static Env env() {
        Env env = PyContext.get(null).getEnv();
        if (!env.isPolyglotBindingsAccessAllowed()) {
            throw PyErrors.runtimeError("polyglot access is not allowed: build the context with allowPolyglotAccess(PolyglotAccess.ALL)");
        }
        return env;
    }
}
