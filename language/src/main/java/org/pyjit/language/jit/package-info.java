/**
 * Tier 2's foundation: copy-and-patch code generation from the stencils of the native-stencils
 * module, and running it through the Truffle NFI.
 *
 * <ul>
 * <li>{@link org.pyjit.language.jit.StencilLibrary} loads the stencils generated at build time.</li>
 * <li>{@link org.pyjit.language.jit.Emitter} assembles a region from micro-ops: lays out hot code
 * (micro-ops fall through into each other), cold paths, one exit stub per exit id and data; then
 * copies every stencil and patches its holes for the final address.</li>
 * <li>{@link org.pyjit.language.jit.ExecutableMemory} maps, writes and protects code strictly W^X
 * through libc calls made with NFI ({@link org.pyjit.language.jit.NativeLibc}: panama backend when
 * available, else libffi).</li>
 * <li>{@link org.pyjit.language.jit.NativeRegion} binds an NFI signature to the code and calls it
 * on a {@link org.pyjit.language.jit.SlotFrame}, the off-heap slots plus the interrupt word.</li>
 * </ul>
 *
 * The lowering from tier 1's AST to micro-ops is not here yet.
 */
package org.pyjit.language.jit;
