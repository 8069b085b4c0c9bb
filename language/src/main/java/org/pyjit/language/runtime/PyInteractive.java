package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.List;

import org.pyjit.language.parser.PyAst;

/**
 * Interactive sources (the REPL's inputs): the value of a trailing expression statement becomes
 * the module's result, which Truffle echoes with the value's display string (its repr) unless it
 * is None, as CPython's interactive mode prints it.
 */
public final class PyInteractive {
    private PyInteractive() {
    }

    public static PyAst.Module returnTrailingExpression(PyAst.Module module) {
        List<PyAst.Stmt> body = module.body();
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof PyAst.ExprStmt last)) {
            return module;
        }
        List<PyAst.Stmt> replaced = new ArrayList<>(body);
        // A module-level return cannot be written in Python (the parser rejects it), so it is free to mean "the result".
        replaced.set(replaced.size() - 1, new PyAst.Return(last.start(), last.end(), last.value()));
        return new PyAst.Module(module.start(), module.end(), replaced);
    }
}
