package org.pyjit.language.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** The primitive representations nodes specialize on: int as long, float as double, bool as boolean. */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class PyNodeTypes {
}
