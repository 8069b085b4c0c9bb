package org.pyjit.coverage;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.EventContext;
import com.oracle.truffle.api.instrumentation.ExecutionEventNode;

/** Marks its statement or function as run the first time it runs; afterwards it costs nothing in compiled code. */
final class CoverageNode extends ExecutionEventNode {
    private final CoverageData data;
    private final EventContext context;
    @CompilationFinal private boolean ran;

    CoverageNode(CoverageData data, EventContext context) {
        this.data = data;
        this.context = context;
    }

    @Override
    protected void onEnter(VirtualFrame frame) {
        if (!ran) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            ran = true;
            data.ran(context.getInstrumentedSourceSection(), context.getInstrumentedNode());
        }
    }
}
