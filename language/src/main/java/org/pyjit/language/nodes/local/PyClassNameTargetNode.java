package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.runtime.PyDict;

/** A name bound in a class body: stored into the class namespace. */
public final class PyClassNameTargetNode extends PyTargetNode {
    private final String name;

    public PyClassNameTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        put((PyDict) frame.getArguments()[1], name, value);
    }

    @TruffleBoundary
    private static void put(PyDict ns, String name, Object value) {
        ns.put(name, value);
    }
}
