package org.pyjit.language.nodes.call;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyOps;

/**
 * Evaluates the arguments of a call into the vectorcall layout. Without {@code *}/{@code **} the
 * keyword names are a compile-time constant; with them the layout is built at run time.
 */
public final class PyArgumentsNode extends Node {
    @Children private final PyExpressionNode[] values;
    /** Per value: 0 positional, 1 keyword (name in names), 2 {@code *iterable}, 3 {@code **mapping}. */
    @CompilationFinal(dimensions = 1) private final byte[] kinds;
    @CompilationFinal(dimensions = 1) private final String[] names;
    @CompilationFinal(dimensions = 1) private final String[] constantKwNames;
    private final boolean simple;
    /** Result holder for the keyword names of the last dynamic evaluation. */
    public static final class Evaluated {
        public final Object[] args;
        public final String[] kwNames;

        Evaluated(Object[] args, String[] kwNames) {
            this.args = args;
            this.kwNames = kwNames;
        }
    }

    public PyArgumentsNode(PyExpressionNode[] values, byte[] kinds, String[] names) {
        this.values = values;
        this.kinds = kinds;
        this.names = names;
        boolean s = true;
        int nkw = 0;
        for (byte k : kinds) {
            if (k >= 2) {
                s = false;
            } else if (k == 1) {
                nkw++;
            }
        }
        this.simple = s;
        if (s && nkw > 0) {
            String[] kw = new String[nkw];
            int j = 0;
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == 1) {
                    kw[j++] = names[i];
                }
            }
            this.constantKwNames = kw;
        } else {
            this.constantKwNames = null;
        }
    }

    public boolean isSimple() {
        return simple;
    }

    public boolean isPositionalOnly() {
        return simple && constantKwNames == null;
    }

    /** Keyword names of a simple call (null when there are none). */
    public String[] getConstantKwNames() {
        return constantKwNames;
    }

    /** Simple calls: positional values first, then keyword values (the parser keeps that order). */
    @ExplodeLoop
    public Object[] executeSimple(VirtualFrame frame) {
        Object[] result = new Object[values.length];
        int p = 0;
        for (int i = 0; i < values.length; i++) {
            if (kinds[i] == 0) {
                result[p++] = values[i].execute(frame);
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (kinds[i] == 1) {
                result[p++] = values[i].execute(frame);
            }
        }
        return result;
    }

    /**
     * Positional-only calls of user functions: the values go from index {@code offset} on, so that
     * the array can become the call target's arguments without copying.
     */
    @ExplodeLoop
    public Object[] executeInto(VirtualFrame frame, int offset) {
        Object[] result = new Object[offset + values.length];
        for (int i = 0; i < values.length; i++) {
            result[offset + i] = values[i].execute(frame);
        }
        return result;
    }

    /** {@code callee} names the call in its errors, as CPython names it. */
    @ExplodeLoop
    public Evaluated executeDynamic(VirtualFrame frame, Object callee) {
        Object[] evaluated = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            evaluated[i] = values[i].execute(frame);
        }
        return build(evaluated, callee);
    }

    @TruffleBoundary
    private Evaluated build(Object[] evaluated, Object callee) {
        ArrayList<Object> positional = new ArrayList<>();
        ArrayList<String> kwNames = new ArrayList<>();
        ArrayList<Object> kwValues = new ArrayList<>();
        for (int i = 0; i < evaluated.length; i++) {
            switch (kinds[i]) {
                case 0 -> positional.add(evaluated[i]);
                case 1 -> addKeyword(kwNames, kwValues, names[i], evaluated[i], callee);
                case 2 -> {
                    if (!PyOps.isIterable(evaluated[i])) {
                        String what = isLoneStar() ? PyOps.functionStr(callee) + " argument after *" : "Value after *";
                        throw PyErrors.typeError(what + " must be an iterable, not " + PyOps.typeName(evaluated[i]));
                    }
                    for (Object o : PyOps.toArray(evaluated[i])) {
                        positional.add(o);
                    }
                }
                default -> {
                    Object m = evaluated[i];
                    if (m instanceof PyDict d) {
                        for (Object k : d.keys()) {
                            if (!(k instanceof String s)) {
                                throw PyErrors.typeError("keywords must be strings");
                            }
                            addKeyword(kwNames, kwValues, s, d.get(k), callee);
                        }
                    } else {
                        Object keysMethod = PyOps.getAttrOrNull(m, "keys");
                        if (keysMethod == null) {
                            throw PyErrors.typeError(PyOps.functionStr(callee) + " argument after ** must be a mapping, not " + PyOps.typeName(m));
                        }
                        Object keys = PyOps.call(keysMethod, new Object[0], null);
                        for (Object k : PyOps.toArray(keys)) {
                            if (!(k instanceof String s)) {
                                throw PyErrors.typeError("keywords must be strings");
                            }
                            addKeyword(kwNames, kwValues, s, PyOps.getItem(m, k), callee);
                        }
                    }
                }
            }
        }
        Object[] args = new Object[positional.size() + kwValues.size()];
        for (int i = 0; i < positional.size(); i++) {
            args[i] = positional.get(i);
        }
        for (int i = 0; i < kwValues.size(); i++) {
            args[positional.size() + i] = kwValues.get(i);
        }
        return new Evaluated(args, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
    }

    /**
     * Whether the positional arguments are one {@code *iterable} alone: CPython passes that to the
     * call as it is (so the callee's name is in the error) and extends a list with every other one.
     */
    private boolean isLoneStar() {
        int positionalParts = 0;
        boolean starred = false;
        for (byte k : kinds) {
            if (k == 0 || k == 2) {
                positionalParts++;
                starred = k == 2;
            }
        }
        return positionalParts == 1 && starred;
    }

    private static void addKeyword(ArrayList<String> kwNames, ArrayList<Object> kwValues, String name, Object value, Object callee) {
        if (kwNames.contains(name)) {
            throw PyErrors.typeError(PyOps.functionStr(callee) + " got multiple values for keyword argument '" + name + "'");
        }
        kwNames.add(name);
        kwValues.add(value);
    }
}
