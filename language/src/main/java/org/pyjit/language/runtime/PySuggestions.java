package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.pyjit.language.builtins.PyBuiltins;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * CPython 3.11's "Did you mean: 'x'?" hint, added to the last line of a printed traceback (never to str(e)) for a NameError
 * (candidates: the local variable names of the frame that raised it, then its globals, then the builtins) and for an
 * AttributeError (candidates: dir() of the object). The scope is captured when the error is created, since the frames are
 * gone by the time the traceback is printed; it is kept beside the exception object, not in it, so Python code never sees it.
 *
 * The distance is a Levenshtein distance where inserting, deleting or replacing a character costs 2 but replacing it by the
 * same letter in the other case costs 1 (letters that agree in their low five bits), with CPython's limits: names longer than
 * 40 characters never match, no suggestion from 750 candidates or more, and at most a third of the characters may change.
 */
public final class PySuggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final String[] MODULE_DUNDERS = {"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
                    "__builtins__", "__file__", "__cached__"};

    /** Per exception object: a NameError's candidate lists, or an AttributeError's {obj, name}. */
    private static final Map<Object, Object[]> PENDING = new WeakHashMap<>();
    private static final Map<RootNode, PyGlobals> MODULE_GLOBALS = new WeakHashMap<>();

    private PySuggestions() {
    }

    /** Remembers which globals a module's code runs with, for NameErrors raised at module level. */
    @TruffleBoundary
    public static CallTarget registerModule(CallTarget target, PyGlobals globals) {
        if (target instanceof RootCallTarget rct) {
            synchronized (MODULE_GLOBALS) {
                MODULE_GLOBALS.put(rct.getRootNode(), globals);
            }
        }
        return target;
    }

    @TruffleBoundary
    static void recordNameError(Object exc, String name) {
        List<String> locals = new ArrayList<>();
        PyGlobals[] globals = new PyGlobals[1];
        boolean[] first = {true};
        Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            RootNode root = fi.getCallTarget() instanceof RootCallTarget rct ? rct.getRootNode() : null;
            Frame frame = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            if (first[0]) {
                first[0] = false;
                addSlotNames(frame.getFrameDescriptor(), locals);
            }
            Object[] args = frame.getArguments();
            if (args.length > 0 && args[0] instanceof PyFunction f && f.getGlobals() != null) {
                globals[0] = f.getGlobals();
                return Boolean.TRUE;
            }
            PyGlobals g;
            synchronized (MODULE_GLOBALS) {
                g = root == null ? null : MODULE_GLOBALS.get(root);
            }
            if (g != null) {
                globals[0] = g;
                return Boolean.TRUE;
            }
            return null;
        });
        List<String> globalNames = new ArrayList<>();
        if (globals[0] != null) {
            for (String d : MODULE_DUNDERS) {
                globalNames.add(d);
            }
            globalNames.addAll(globals[0].boundNames());
        }
        synchronized (PENDING) {
            PENDING.put(exc, new Object[]{name, locals, globalNames});
        }
    }

    private static void addSlotNames(FrameDescriptor fd, List<String> out) {
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            if (fd.getSlotName(i) instanceof String s && isIdentifier(s) && !out.contains(s)) {
                out.add(s);
            }
        }
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) || s.charAt(0) == '$') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '$') {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    static void recordAttributeError(Object exc, Object obj, String name) {
        synchronized (PENDING) {
            PENDING.put(exc, new Object[]{name, obj});
        }
    }

    /** The text to append to the exception's last traceback line: {@code ". Did you mean: 'x'?"} or "". */
    @TruffleBoundary
    @SuppressWarnings("unchecked")
    public static String suffix(Object exc) {
        Object[] info;
        synchronized (PENDING) {
            info = PENDING.get(exc);
        }
        if (info == null) {
            return "";
        }
        String name = (String) info[0];
        String found;
        try {
            if (info.length == 3) {
                found = suggest((List<String>) info[1], name);
                if (found == null) {
                    found = suggest((List<String>) info[2], name);
                }
                if (found == null) {
                    found = suggest(new ArrayList<>(PyBuiltins.names()), name);
                }
            } else {
                found = suggest(dirOf(info[1]), name);
            }
        } catch (PyException e) {
            found = null;
        }
        return found == null ? "" : ". Did you mean: '" + found + "'?";
    }

    private static List<String> dirOf(Object obj) {
        List<String> out = new ArrayList<>();
        Object d = PyBuiltins.dir(obj);
        if (d instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The closest candidate to name within CPython's limits, the first one on ties; null when none is close enough. */
    public static String suggest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            // At most a third of the characters involved may change, and a match must beat the best so far.
            int max = Math.min((name.length() + item.length() + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(char a, char b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        return a == b ? 0 : CASE_COST;
    }

    /** The weighted edit distance, or some value above maxCost once it is certain to exceed it. */
    public static int distance(String a, String b, int maxCost) {
        int aStart = 0;
        int aEnd = a.length();
        int bStart = 0;
        int bEnd = b.length();
        while (aStart < aEnd && bStart < bEnd && a.charAt(aStart) == b.charAt(bStart)) {
            aStart++;
            bStart++;
        }
        while (aEnd > aStart && bEnd > bStart && a.charAt(aEnd - 1) == b.charAt(bEnd - 1)) {
            aEnd--;
            bEnd--;
        }
        int aLen = aEnd - aStart;
        int bLen = bEnd - bStart;
        if (aLen == 0 || bLen == 0) {
            return (aLen + bLen) * MOVE_COST;
        }
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (aLen > bLen) {
            String t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tl = aLen;
            aLen = bLen;
            bLen = tl;
        }
        if ((bLen - aLen) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        // row[i]: the distance between the first i+1 chars of a and the part of b seen so far.
        int[] row = new int[aLen];
        for (int i = 0; i < aLen; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bLen; bi++) {
            char code = b.charAt(bStart + bi);
            int diagonal = bi * MOVE_COST;
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aLen; ai++) {
                int substitute = diagonal + substitutionCost(code, a.charAt(aStart + ai));
                diagonal = row[ai];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
