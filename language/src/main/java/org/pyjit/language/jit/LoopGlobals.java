package org.pyjit.language.jit;

import java.util.Map;

import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyGlobals;

/**
 * The module globals a loop's code reaches, as the translator found them.
 *
 * @param reads the globals the enclosing function's (or the module's) own code reads, by name:
 *            complete once the function is translated, long before a loop gets hot
 * @param module the module's globals when the loop is at module level, where every variable it
 *            assigns is a global; null in functions and class bodies
 */
public record LoopGlobals(Map<String, PyGlobalCell> reads, PyGlobals module) {
    /** The cell of global {@code name}: the module's, or, in a function, the one its code reads (null if it reads none). */
    public PyGlobalCell cell(String name) {
        return module != null ? module.getCell(name) : reads == null ? null : reads.get(name);
    }
}
