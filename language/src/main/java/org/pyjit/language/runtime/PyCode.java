package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/**
 * The compiled form of a def, lambda, comprehension or class body: its signature and call target.
 *
 * The call target's arguments are {@code [function, p0, p1, ...]}: the called {@link PyFunction}
 * (for its closure) followed by one value per parameter in declaration order: positional
 * parameters, then the {@code *args} tuple, then keyword-only parameters, then the
 * {@code **kwargs} dict.
 */
public final class PyCode {
    private String doc;
    private final String name;
    private final String qualName;
    private final String fileName;
    private final int firstLine;
    /** Positional parameters (positional-only ones first). */
    private final String[] argNames;
    private final int posOnlyCount;
    private final String[] kwOnlyNames;
    private final boolean hasVarArgs;
    private final boolean hasVarKeywords;
    private final boolean isGenerator;
    private String[] freeVarNames = new String[0];
    @CompilationFinal private RootCallTarget callTarget;

    public PyCode(String name, String qualName, String fileName, int firstLine, String[] argNames, int posOnlyCount, String[] kwOnlyNames,
                    boolean hasVarArgs, boolean hasVarKeywords, boolean isGenerator) {
        this.name = name;
        this.qualName = qualName;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.argNames = argNames;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyNames = kwOnlyNames;
        this.hasVarArgs = hasVarArgs;
        this.hasVarKeywords = hasVarKeywords;
        this.isGenerator = isGenerator;
    }

    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public String getName() {
        return name;
    }

    public String getQualName() {
        return qualName;
    }

    public String getFileName() {
        return fileName;
    }

    /** The names of the variables the function's closure cells hold, in the closure's order. */
    public String[] getFreeVarNames() {
        return freeVarNames;
    }

    public void setFreeVarNames(String[] names) {
        this.freeVarNames = names;
    }

    /** The docstring: the string literal the body starts with, or null. */
    public String getDoc() {
        return doc;
    }

    public void setDoc(String doc) {
        this.doc = doc;
    }

    public int getFirstLine() {
        return firstLine;
    }

    public String[] getArgNames() {
        return argNames;
    }

    public int getArgCount() {
        return argNames.length;
    }

    public int getPosOnlyCount() {
        return posOnlyCount;
    }

    public String[] getKwOnlyNames() {
        return kwOnlyNames;
    }

    public boolean hasVarArgs() {
        return hasVarArgs;
    }

    public boolean hasVarKeywords() {
        return hasVarKeywords;
    }

    public boolean isGenerator() {
        return isGenerator;
    }

    /** Number of parameter values in the call target's arguments (after the function). */
    public int getParameterCount() {
        return argNames.length + (hasVarArgs ? 1 : 0) + kwOnlyNames.length + (hasVarKeywords ? 1 : 0);
    }

    /** True when a call with exactly argNames.length positional arguments needs no binding work. */
    public boolean isSimplePositional() {
        return !hasVarArgs && !hasVarKeywords && kwOnlyNames.length == 0;
    }
}
