package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyIterator;
import org.pyjit.language.runtime.PyOps;

/**
 * Advances an iterator: the next value or null when exhausted. Profiles the iterator's exact
 * class so that compiled code can inline its {@code nextOrNull}.
 */
public final class PyNextNode extends Node {
    private static final Class<?> GENERIC = Object.class;
    @CompilationFinal private Class<?> iteratorClass;
    @Child private DirectCallNode generatorCall;
    @CompilationFinal private boolean generatorMegamorphic;

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
}
