package org.pyjit.language.translator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
