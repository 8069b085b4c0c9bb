/**
 * Tier 2: a copy-and-patch compiler of hot tier-1 loops and functions into native code made of the
 * stencils of the native-stencils module, run through the Truffle NFI.
 *
 * <h2>Code generation</h2>
 * <ul>
 * <li>{@link org.pyjit.language.jit.StencilLibrary} loads the stencils generated at build time, when
 * the first loop or function is lowered; libc is bound when the first region is installed, so a
 * program that compiles nothing pays for neither.</li>
 * <li>{@link org.pyjit.language.jit.Emitter} assembles a region from micro-ops: lays out hot code
 * (micro-ops fall through into each other), cold paths, one exit stub per exit id and data; then
 * copies every stencil and patches its holes for the final address. It passes float results on in
 * an accumulator register and int results to the next micro-op in rax (an intermediate that only
 * the next micro-op reads is not stored at all) and keeps up to seven float locals and four int locals (counters, the count of
 * iterations, sums updated in place) of an innermost loop in registers as well as in their
 * slots, so that an iteration hands them to the next without a store and a load.</li>
 * <li>{@link org.pyjit.language.jit.ExecutableMemory} installs code strictly W^X on pages of its own,
 * which {@link org.pyjit.language.jit.CodePages} cuts from larger mappings: the bytes are written to
 * a memory file ({@link org.pyjit.language.jit.CodeFile}) and mapped read-execute, so no mapping of
 * code is ever writable (where the kernel refuses that, into read-write pages that are then
 * protected read-execute), through libc calls made with NFI ({@link org.pyjit.language.jit.NativeLibc}:
 * the libffi backend, whose first calls cost less than panama's, else panama).</li>
 * <li>{@link org.pyjit.language.jit.NativeRegion} binds an NFI signature to the code and calls it.</li>
 * </ul>
 *
 * <h2>Lowering</h2> {@link org.pyjit.language.jit.LoopCompiler} lowers a loop ({@code while}, or
 * {@code for} over a range or over a list a local holds: the list's iterator, or an enumerate
 * object or a zip over such lists, hands its index and count in and takes the next ones back, as
 * CPython's would have them; a list comprehension's loops too, as the statements tier 1 runs,
 * {@link org.pyjit.language.jit.SourceAsts}) or a whole function from
 * its syntax tree (found again by the source
 * offset tier 1's node carries, {@link org.pyjit.language.jit.SourceAsts}) to micro-ops over unboxed
 * 64-bit slots. Types are those tier 1 produced: the kinds of the frame's values (or of the
 * arguments) when the code became hot; every other value's kind follows from Python's rules. Lists
 * of ints, floats or bools are values too, two slots each (items address, length): loops read and
 * write the items of those held in locals, iterate them item by item (also with {@code
 * enumerate}), iterate lists that expressions make in nested loops ({@code xs[::-1]}, displays,
 * concatenations), iterate lists of such
 * lists or of tuples of them, and index lists of such lists ({@code grid[i][j]}; a local bound to a
 * row keeps the row's index, from which leaving the region binds it in tier 1); lists of tuples of
 * numbers are rows too, whose numbers entering copies into a table ({@code x, y = pts[i]},
 * {@code for x, y in pts}), and a region's own loop may go over rows ({@code for row in grid})
 * (entering the region pins them: their items move off-heap, see {@code PyList.pin}; with Graal,
 * leaving moves lists of up to 4096 items back to the heap, whose form Graal's code of tier 1 reads:
 * {@code CompiledRegion.unpinSmallLists}) and append
 * ints or floats to them (into room that entering made, {@code PyList.pinWithRoom}); functions
 * take them as arguments ({@link org.pyjit.language.jit.ValueType}); both make new ones (slices of
 * step 1 or -1, concatenation, displays, {@code [x] * n}) in an arena of temporaries that the
 * region's loop head frees, assign slices of equal length, and functions return the lists they made.
 * Module globals are a loop's variables too ({@link org.pyjit.language.jit.LoopVariables}): at
 * module level those it assigns and those holding such values, in a function those of them it
 * reads; entering reads them, leaving writes them back, since nothing else can see them meanwhile.
 * So are locals that closures share (cells) and the variables of enclosing functions that a
 * comprehension or closure uses (its closure's cells): the region reads and writes the cell's value.
 * A compiled function (or a body lowered in place) takes an int, float or bool global it reads as a
 * constant, assumed like the functions it calls: a region whose callees assumed a global its loop
 * assigns is refused, and rebinding one makes the code stale: compiled anew, up to three times per
 * hook, then left to tier 1.
 * {@code sum}, {@code any}, {@code all}, {@code min} and {@code max} of a generator expression are
 * the loops it runs, lowered in place with its variables apart from the function's
 * ({@link org.pyjit.language.jit.ScopedNames}); an empty sum of floats (the int 0 in Python) and an
 * empty {@code min} or {@code max} (an error) side-exit. {@code x in xs} of a list of ints or
 * floats is a scan by value (a NaN, equal to nothing but itself as an object, side-exits).
 * {@code sum}, {@code min}, {@code max}, {@code any} and {@code all} of a list are the same loops
 * over its items.
 * A return inside a loop region leaves it with its value (an int, float, bool, a tuple of numbers,
 * or None: one kind per region), the live values go back to the frame as at a break, and the loop's
 * hook returns the value from the function ({@code PyLoopJitNode.loopResult}). A compiled function
 * returns one type besides None: an int, float, bool, a list it made, a tuple of numbers (one slot
 * per item, which native callers unpack: {@code q, r = f(a, b)}), or None ({@code return}, {@code
 * return None}, the end of its body), in which case native callers call it as a statement; a None
 * return of a function that returns values otherwise leaves to tier 1, which runs the call again.
 * A list a function makes ({@code out = []}, {@code [0] * n}, a list comprehension, whose loops are
 * lowered in place with names of their own) and appends to grows natively: its room is a local of
 * its own, and a full room moves the items to twice as much in the arena of temporaries
 * ({@code list_append_grow}); such a list may not be bound to a second name. Loops also go over
 * {@code reversed(xs)} (as CPython's reverse list iterator, ending when the index passes the
 * list's current length), {@code reversed(range(a, b))} and tuple displays ({@code for d in (-1, 0,
 * 1)}, and {@code x in (2, 3)}, as the list display of the same items); a chained assignment
 * assigns each target, names and items, from left to right. A function's local may hold None or
 * a number: a hidden flag says which, {@code x is None} reads it, and any other read checks it (a
 * None read as a number side-exits to tier 1's TypeError). A loop region binds no None: its locals
 * are checked at entry to hold numbers, so {@code x is None} of one is false there (an entry while
 * it holds None is left to tier 1).
 * A function's values may also be trees of tuples of None, ints and such tuples ({@link
 * org.pyjit.language.jit.ValueType#TREE}): one slot holds a word, 0 for None, 2n + 1 for an int n
 * ({@code tree_from_int}, {@code tree_to_int}, which side-exits for anything else where a number
 * is needed) or a record's address in the arena of temporaries (its length, then its items); tuple
 * displays of such values make one ({@code tuple_alloc}, {@code tuple_set}), unpacking checks the
 * length ({@code tuple_check}: None, an int or another length side-exits to tier 1's error) and
 * reads the items, {@code node[i]} and {@code len(node)} read a record ({@code tuple_item},
 * {@code tuple_len}), {@code is None} compares with 0, and a local bound to None that the function
 * also binds to trees holds the tree None. Loop regions bind none (the tree
 * dies with the iteration); a function region entered from tier 1 copies tree arguments in and
 * the tree it returns out ({@link org.pyjit.language.jit.NativeTrees}, keeping tier 1's objects).
 * A loop region's locals may also hold ints of any size ({@link org.pyjit.language.jit.NativeBigInts},
 * bigint.c): a word, 2n + 1 for an int of 62 bits, else the address of a record of 64-bit limbs in
 * the arena; a local holding a BigInteger when the loop compiles, or assigned a big int's word,
 * holds words throughout, with {@code +}, {@code -}, {@code *}, {@code //}, {@code %}, comparisons
 * and big int literals (hidden locals that entering binds) lowered to {@code big_*} stencils; a
 * word where a 64-bit int is needed side-exits beyond 64 bits. The arena is emptied at the loop's
 * head, so the head first moves each local's int into a buffer of its own at the arena's end
 * ({@code big_reserve} for all, then {@code big_keep}); no room leaves at the head ({@code
 * EXIT_HEAD}), where the slots already hold the next iteration's start.
 * A for loop over a call of a generator function runs the generator's body in place, each yield
 * binding the loop's target and running its body ({@link org.pyjit.language.jit.GeneratorFusion}:
 * generators passed as arguments, {@code yield from}, {@code next()} of a loop yielding once, and
 * a recursive {@code yield from} into a sum, which calls the generator's sum as a function region);
 * {@code sum}, {@code min} and {@code max} of such calls go through the same loop, and a
 * statement assigning one is compiled on its own at its first execution, as a loop of one
 * iteration ({@link org.pyjit.language.jit.StatementRegions}, {@code PyStatementJitNode}).
 * The characters of strs that a loop region's locals hold at entry are native too, as their code
 * points ({@link org.pyjit.language.jit.PinnedStrs}): {@code s[i] == t[j]}, {@code s[i] != 'x'},
 * {@code s[i] in "aeiou"}, {@code ord(s[i])}, {@code len(s)}, {@code for ch in s} and {@code for i, ch in enumerate(s)} (as the region's
 * loop only over a str without surrogates, whose iterator counts UTF-16 units), and locals holding
 * one character ({@code c = s[i]}; leaving writes them back as strs); a str is no tier-2 value otherwise.
 * A nested range loop's invariant arithmetic ({@code +}, {@code -}, {@code *} of int and float
 * locals its body does not assign, in the statements that start the body) is computed once before
 * the loop; an overflow there side-exits, and tier 1 redoes the iteration as for any other.
 * {@code %} and {@code //} of floats (Python's signs; an infinite or NaN operand side-exits, like a
 * zero divisor), {@code divmod} of ints, {@code round} of floats (half to even) and the floats of the math module
 * ({@code math.pi}, assumed like its functions) are native too.
 * A loop or function that touches anything else (other objects, other globals than those and
 * called functions, growth of lists it did not make, printing) stays in tier 1. Calls of global Python functions become
 * native calls of their own regions ({@link org.pyjit.language.jit.FunctionJit}), or, for a function
 * of a few assignments and a return, its body lowered in place. {@code **} of ints is exact or
 * side-exits (overflow, a negative exponent); of floats it calls libm's {@code pow}, as tier 1
 * does, for a finite nonzero base (a negative one with an integral exponent). Math functions of
 * one float (as {@code math.sin} or imported by name) are direct calls of libm's, which tier 1
 * calls too, so the
 * bits agree; {@code sqrt} and {@code fabs} are instructions; {@code atan2} is libm's too, and
 * {@code hypot} of two floats the steps of tier 1's vector_norm (with libm's exact {@code fma}),
 * whose NaN, infinite and extreme inputs side-exit; {@code gcd} and {@code isqrt} of ints are exact
 * stencils (a magnitude of 2**63 and a negative root side-exit), as is {@code pow(b, e, m)} of
 * ints (a negative exponent or a modulus below 1 side-exits). What the name holds is looked at
 * when the region is compiled (a function a program put there leaves the call to tier 1, another
 * math function is called as itself) and checked at every entry.
 *
 * <h2>Exactness</h2> Native code has no effect outside its slots and its temporaries but for
 * stores into lists it did not make, which log each old value first (except in a loop that reads
 * no list item: redoing its iteration stores the same values again), so a failed guard (int
 * overflow, zero divisor, an int too large for an exact float conversion, an index out of range, a
 * slice assignment that would resize, full temporaries, a callee's exit, the recursion depth, an
 * interrupt) is undone by replaying that log backwards: a {@link org.pyjit.language.jit.LoopRegion}
 * snapshots the locals whose values at the start of an iteration of its loop a redone iteration
 * needs (those it reads before assigning them and writes before a guard that may fail; copied at
 * the head, or where a path first writes one that some paths leave alone) and, on a side exit,
 * gives tier 1 the snapshot, so tier 1 redoes that iteration; a
 * {@link org.pyjit.language.jit.FunctionRegion} gives up the whole call and tier 1 runs it from
 * the start (its log, never emptied while it runs, holds one entry per item past its first part,
 * so that a call that stores into the same items again and again fits in it). No local of a loop keeps a temporary list from one iteration to the next (loops do
 * not rebind lists), so freeing them at the loop head is safe, and a list a function returns to
 * tier 1 is always one it made (it becomes a new {@code PyList}). Big ints, exceptions, tracebacks and output therefore come from tier 1 only. Values
 * entering a region are checked against the kinds it was compiled for, and global functions it
 * calls against the values it assumed. A region whose guards fail on most entries is given up.
 *
 * <h2>Tiering</h2> Hooks in tier 1 ({@code nodes/jit}) count loop iterations and function calls in
 * the interpreter; past {@code --pyjit.JITThreshold} they compile (a hot inner loop also makes the
 * loops around it compile at their next iteration, so the outermost compilable loop runs natively,
 * entered once). Tier 2 replaces the interpreter and the code of Graal's first tier, which does not
 * inline and boxes the values a loop of calls and floats passes around (code of the first tier
 * compiled while a region exists calls it; an assumption removes that call when the region is given
 * up). In the code of Graal's last tier the hooks fold away and Graal's code runs, except for loop
 * regions over big ints, those that make lists or assign slices, and those calling functions over
 * tuple trees natively, which Graal's code runs slower (BigInteger's code compiled by C1; slices and
 * new lists through calls into the runtime; trees made as tuples on the heap): the last tier calls
 * those too, and they report no iterations (a list or tree loop whose entries turn out short, under
 * 1000 iterations and native calls on average after 64, goes back to Graal's code, since entering
 * costs microseconds). Loops that only read and store list items are Graal's: its code reads an
 * item with one check of the list's form ({@code PyItemReadNode}). Any
 * other loop region reports the iterations it ran to Truffle as if tier 1 had run them, so a
 * function whose loop runs natively still becomes hot and Graal's code takes over its later calls
 * (a single long call stays
 * native; in steady state Graal's code was faster than the stencils on most benchmarks until the
 * float registers, and is now slower on five of the seven numeric ones, see BENCHMARKS.md). With
 * {@code --pyjit.JITInLastTier=true} the hooks call the regions in the last tier's code too and
 * report no iterations, so Graal does not compile functions only to call the same regions. Since
 * Graal compiles tier 1's nodes, under Graal a loop or function runs in
 * tier 1 at least once before tier 2 takes it (nodes that never ran would make Graal's code
 * deoptimize on every call), and a tier-1 node must never change its state only through a
 * deoptimization Graal could hoist above a loop: the interpreter would resume before the loop,
 * tier 2 would run it, and the node would never change (see {@code PyItemReadNode}).
 * {@code --pyjit.JIT=false} gives tier 1 alone (with Graal when the launcher enables it);
 * {@code --pyjit.JITThreshold=0} forces tier 2 from the first execution (from the second under Graal).
 *
 * <h2>Runtime</h2> {@link org.pyjit.language.jit.PyJit} holds a context's state: the off-heap slot
 * stack (locals, snapshots, temporaries and native callee frames), the words native code polls (the
 * interrupt flag, the remaining recursion depth, the end of the slot stack, a call counter), the
 * installed regions and the statistics. Regions run under
 * {@code TruffleSafepoint.setBlockedFunction} with an interrupter that sets the interrupt flag, so
 * cancellation and interrupts stop native loops at their next back-edge. Code memory is bounded by
 * {@code --pyjit.JITCodeLimit} and released when the context exits.
 */
package org.pyjit.language.jit;
