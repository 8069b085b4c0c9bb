package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A yield expression used as a statement, which can suspend the generator without throwing. */
public interface PyYieldingNode {
    /**
     * Suspends (stores the yielded value in the generator and gives {@link PyGeneratorState#YIELDED})
     * or, when resumed or finished, gives null.
     */
    Object executeAsStatement(VirtualFrame frame);
}
