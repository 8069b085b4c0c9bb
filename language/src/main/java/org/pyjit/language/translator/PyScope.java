package org.pyjit.language.translator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pyjit.language.parser.PyMangling;

/** One scope of the symbol table: the module, a function (def, lambda, comprehension) or a class body. */
final class PyScope {
    enum Kind {
        MODULE, FUNCTION, CLASS
    }

    /** How a name is accessed in a scope. */
    enum Access {
        LOCAL, CELL, FREE, GLOBAL, CLASS_NAME
    }

    final Kind kind;
    final PyScope parent;
    final String name;
    final String qualName;
    final boolean isComprehension;
    /** The innermost enclosing class's name (this scope's own for a class body), null outside classes. */
    final String privateName;
    final List<String> params = new ArrayList<>();
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    final Set<String> cellVars = new LinkedHashSet<>();
    /** Targets of {@code name += value} and {@code name = name + value}: their local slots may hold a PyStrBuilder. */
    final Set<String> concatTargets = new LinkedHashSet<>();
    final List<String> freeVars = new ArrayList<>();
    final List<PyScope> children = new ArrayList<>();
    boolean isGenerator;
    boolean usesSuper;

    PyScope(Kind kind, PyScope parent, String name, String qualName, boolean isComprehension) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.qualName = qualName;
        this.isComprehension = isComprehension;
        this.privateName = kind == Kind.CLASS ? name : parent == null ? null : parent.privateName;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The qualified name prefix for scopes nested in this one. */
    String childQualPrefix() {
        switch (kind) {
            case MODULE:
                return "";
            case CLASS:
                return qualName + ".";
            default:
                return qualName + ".<locals>.";
        }
    }

    /**
     * The variable a def, class or import statement binds in this scope. The tree has the rest of
     * the names mangled already ({@link PyMangling}), but keeps the unmangled names that functions
     * and classes are given, and mangling a mangled name again changes nothing.
     */
    String mangle(String n) {
        return PyMangling.mangle(privateName, n);
    }

    boolean isLocallyBound(String n) {
        return (bound.contains(n) || params.contains(n)) && !globals.contains(n) && !nonlocals.contains(n);
    }

    void addFree(String n) {
        if (!freeVars.contains(n)) {
            freeVars.add(n);
        }
    }

    Access access(String n) {
        switch (kind) {
            case MODULE:
                return Access.GLOBAL;
            case CLASS:
                if (globals.contains(n)) {
                    return Access.GLOBAL;
                }
                if (nonlocals.contains(n)) {
                    return Access.FREE;
                }
                if (bound.contains(n)) {
                    return Access.CLASS_NAME;
                }
                if (freeVars.contains(n)) {
                    return Access.FREE;
                }
                return Access.CLASS_NAME;
            default:
                if (globals.contains(n)) {
                    return Access.GLOBAL;
                }
                if (freeVars.contains(n)) {
                    return Access.FREE;
                }
                if (cellVars.contains(n)) {
                    return Access.CELL;
                }
                if (isLocallyBound(n)) {
                    return Access.LOCAL;
                }
                return Access.GLOBAL;
        }
    }
}
