package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import org.pyjit.language.nodes.PyExpressionNode;

@NodeChild("operand")
public abstract class PyUnaryNode extends PyExpressionNode {
}
