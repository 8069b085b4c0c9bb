package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.pyjit.language.runtime.PyBuiltinIterators;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyIterator;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;

/**
 * Advances an iterator: the next value or null when exhausted. Profiles the iterator's exact
 * class so that compiled code can inline its {@code nextOrNull}, and reads a list iterator's items
 * itself, in the forms of list storage the site has seen.
 */
public final class PyNextNode extends Node {
    private static final Class<?> GENERIC = Object.class;
    @CompilationFinal private Class<?> iteratorClass;
    @Child private DirectCallNode generatorCall;
    @CompilationFinal private boolean generatorMegamorphic;
    /** The forms of list storage (PyList.form) a list iterator's site has read. */
    @CompilationFinal private int listForms;
    /** Small pinned lists this site moved back to the heap (PyList.unpinIfSmall). */
    private int unpinned;
    /** Compiled code depends on it; invalidated when {@link #listForms} grows. */
    @CompilationFinal private Assumption listFormsUnchanged = Truffle.getRuntime().createAssumption("list iteration forms");

    public Object execute(Object iterator) {
        Class<?> c = iteratorClass;
        if (c == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            c = iterator instanceof PyIterator ? iterator.getClass() : GENERIC;
            iteratorClass = c;
        }
        if (c != GENERIC) {
            if (c == PyGenerator.class && iterator.getClass() == c && !generatorMegamorphic) {
                PyGenerator g = (PyGenerator) iterator;
                if (generatorCall == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    generatorCall = insert(DirectCallNode.create(g.getBody()));
                }
                if (generatorCall.getCallTarget() == g.getBody()) {
                    return g.resumeNext(generatorCall);
                }
                CompilerDirectives.transferToInterpreterAndInvalidate();
                generatorMegamorphic = true;
            }
            if (iterator.getClass() == c) {
                if (c == PyBuiltinIterators.ListIterator.class) {
                    return nextItem((PyBuiltinIterators.ListIterator) CompilerDirectives.castExact(iterator, c));
                }
                return ((PyIterator) CompilerDirectives.castExact(iterator, c)).nextOrNull();
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            iteratorClass = GENERIC;
        }
        if (iterator instanceof PyIterator it) {
            return it.nextOrNull();
        }
        return PyOps.next(iterator);
    }

    /**
     * A list iterator's next item, read only in the forms of list storage this site has seen (see
     * {@link PyList}): {@code ListIterator.nextOrNull} goes through every form, and its merge of a
     * float's box with the other forms' items allocated the box and kept the iterator in memory.
     */
    private Object nextItem(PyBuiltinIterators.ListIterator it) {
        PyList list = it.list();
        int i = it.index();
        if (i >= list.size()) {
            it.resume(i, true);
            return null;
        }
        Object item;
        Object[] objects;
        double[] doubles;
        boolean[] bools;
        boolean seen = listFormsUnchanged.isValid();
        if (seen && (listForms & PyList.OBJECTS) != 0 && (objects = list.objectItems()) != null) {
            item = objects[i];
        } else if (seen && (listForms & PyList.FLOATS) != 0 && (doubles = list.doubleItems()) != null) {
            item = doubles[i];
        } else if (seen && (listForms & PyList.BOOLS) != 0 && (bools = list.boolItems()) != null) {
            item = bools[i];
        } else if (seen && (listForms & PyList.PINNED) != 0 && list.pinnedKind() != null) {
            item = list.get(i);
        } else if (unpinned < PyList.UNPINS_PER_SITE && list.unpinIfSmall()) {
            unpinned++;
            // In its heap form now (see PyItemReadNode).
            CompilerDirectives.transferToInterpreter();
            return nextItem(it);
        } else {
            learnListForm(list);
            // Ends this compiled path (learnListForm invalidated its code); no-op in the interpreter.
            CompilerDirectives.transferToInterpreter();
            item = list.get(i);
        }
        it.resume(i + 1, false);
        return item;
    }

    /** Compiled code learns a form through a call that invalidates it, never a bare deoptimization (see PyItemReadNode). */
    @TruffleBoundary
    private void learnListForm(PyList list) {
        listForms |= list.form();
        Assumption old = listFormsUnchanged;
        listFormsUnchanged = Truffle.getRuntime().createAssumption("list iteration forms");
        old.invalidate();
    }
}
