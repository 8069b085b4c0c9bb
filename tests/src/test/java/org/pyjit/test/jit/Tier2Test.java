package org.pyjit.test.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Tier 2 against tier 1 on programs built to take each kind of side exit: the output (stdout,
 * stderr with tracebacks) must be identical, and the statistics must show that the region ran
 * natively.
 */
class Tier2Test {
    private record Run(String stdout, String stderr, String stats) {
    }

    private static Run run(String code, boolean jit) {
        return run(code, jit, 0);
    }

    private static Run run(String code, boolean jit, int threshold) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("pyjit").out(out).err(err).allowNativeAccess(true).allowExperimentalOptions(true)
                        .option("engine.WarnInterpreterOnly", "false").option("pyjit.JIT", Boolean.toString(jit)).option("pyjit.JITThreshold", Integer.toString(threshold))
                        .option("pyjit.JITStats", "true").build()) {
            try {
                context.eval(Source.create("pyjit", code));
            } catch (PolyglotException e) {
                if (!e.isGuestException()) {
                    throw e;
                }
                err.writeBytes(("uncaught: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        StringBuilder rest = new StringBuilder();
        StringBuilder stats = new StringBuilder();
        for (String line : err.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            (line.startsWith("[pyjit tier 2]") ? stats : rest).append(line).append('\n');
        }
        return new Run(out.toString(StandardCharsets.UTF_8), rest.toString(), stats.toString());
    }

    /** Runs in both tiers, requires identical output, returns tier 2's statistics. */
    private static String sameOutput(String code, String expectedStdout) {
        Run tier1 = run(code, false);
        Run tier2 = run(code, true);
        assertEquals(expectedStdout, tier1.stdout(), "tier 1 output");
        assertEquals(tier1.stdout(), tier2.stdout(), "stdout differs between tiers; stats:\n" + tier2.stats());
        assertEquals(tier1.stderr(), tier2.stderr(), "stderr differs between tiers");
        return tier2.stats();
    }

    private static long count(String stats, String regex) {
        Matcher m = Pattern.compile(regex).matcher(stats);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return total;
    }

    private static void ranNatively(String stats) {
        assertTrue(count(stats, "native (?:iterations|calls) (\\d+)") > 0, "nothing ran natively:\n" + stats);
    }

    @Test
    void overflowIntoBigIntsMidLoop() {
        String stats = sameOutput("""
                        def f():
                            s = 1
                            i = 0
                            while i < 100:
                                s = s * 3
                                i += 1
                            return s
                        print(f())
                        """, "515377520732011331036461129765621272702107522001\n");
        ranNatively(stats);
        assertTrue(stats.contains("int overflow=1"), stats);
    }

    @Test
    void listStoresOfAnIterationThatSideExitsAreUndone() {
        String stats = sameOutput("""
                        def f(a, n):
                            s = 1
                            for i in range(n):
                                a[i % 4] += 1
                                s = s * 1000
                            return s
                        a = [0, 0, 0, 0]
                        print(f(a, 10) > 0, a)
                        """, "True [3, 3, 2, 2]\n");
        ranNatively(stats);
        assertTrue(stats.contains("int overflow=1"), stats);
    }

    @Test
    void indexErrorFromACompiledLoopLeavesTheListAsTier1Would() {
        String stats = sameOutput("""
                        def g(a):
                            t = 0
                            i = 0
                            while True:
                                a[i] = a[i] * 2
                                t += a[-1 - i]
                                i += 1
                            return t
                        a = [1, 2, 3]
                        try:
                            g(a)
                        except IndexError as e:
                            print("IndexError", e, a)
                        """, "IndexError list index out of range [2, 4, 6]\n");
        ranNatively(stats);
        assertTrue(stats.contains("list index, length or memory=1"), stats);
    }

    /** An iteration storing more items than the undo log holds is redone in tier 1, where its inner loop is a region of its own. */
    @Test
    void iterationsBeyondTheUndoLogAreRedoneInTier1() {
        String stats = sameOutput("""
                        def fill(a, rounds):
                            r = 0
                            while r < rounds:
                                j = 0
                                while j < len(a):
                                    a[j] = a[j] + r
                                    j += 1
                                r += 1
                        a = [0] * 600000
                        fill(a, 3)
                        print(a[0], a[-1], sum(a))
                        """, "3 3 1800000\n");
        assertTrue(count(stats, "fill:3 \\(while\\)[^\\n]*list index, length or memory=(\\d+)") > 0, stats);
        assertTrue(count(stats, "fill:5 \\(while\\)[^\\n]*native iterations (\\d+)") > 0, stats);
    }

    /** Pinned lists stay ordinary Python lists for tier 1: appends, items of other types, sorting, slicing, aliasing. */
    @Test
    void pinnedListsBehaveAsListsEverywhere() {
        String stats = sameOutput("""
                        def total(a):
                            t = 0
                            for i in range(len(a)):
                                t += a[i]
                            return t
                        def swap(x, y):
                            for i in range(len(x) // 2):
                                x[i], y[-1 - i] = y[-1 - i], x[i]
                        a = [1, 2, 3]
                        print(total(a))
                        a.append(4)
                        print(total(a))
                        a[0] = 1.5
                        print(total(a), a)
                        a[0] = 7
                        a.sort()
                        print(a, total(a), a * 2, a[1:], a == [2, 3, 4, 7])
                        swap(a, a)
                        print(a)
                        flags = [True, False, True]
                        def flip(f):
                            for i in range(len(f)):
                                f[i] = not f[i]
                        flip(flags)
                        print(flags, [0.5, 0.25] + [1.0])
                        xs = [0.5, 0.25]
                        def scale(v, k):
                            for i in range(len(v)):
                                v[i] *= k
                        scale(xs, 3)
                        print(xs)
                        scale(xs, 2 ** 70)
                        print(xs)
                        """, "6\n10\n10.5 [1.5, 2, 3, 4]\n[2, 3, 4, 7] 16 [2, 3, 4, 7, 2, 3, 4, 7] [3, 4, 7] True\n[7, 4, 3, 2]\n[False, True, False] [0.5, 0.25, 1.0]\n[1.5, 0.75]\n[1.770887431076117e+21, 8.854437155380585e+20]\n");
        ranNatively(stats);
    }

    /**
     * Loops over lists of lists and of tuples of lists (nbody's shape) inside a compiled loop, with
     * {@code sqrt} imported by name: the targets are bound to the rows' lists natively and to the
     * list objects again when tier 1 takes over; a rebound {@code sqrt} is not math's.
     */
    @Test
    void rowsOfListsAreIteratedNatively() {
        String stats = sameOutput("""
                        from math import sqrt
                        def step(bodies, pairs, dt, n):
                            for _ in range(n):
                                for b1, b2 in pairs:
                                    d = sqrt(abs(b1[0] - b2[0]) + 1.0)
                                    b1[1] += d * dt
                                    b2[1] -= d * dt
                                for b in bodies:
                                    b[0] += dt * b[1]
                            return b1, b2, b
                        a = [1.0, 0.5]
                        b = [2.0, -0.5]
                        c = [4.0, 0.0]
                        bodies = [a, b, c]
                        pairs = [(a, b), (a, c), (b, c)]
                        x, y, z = step(bodies, pairs, 0.01, 200)
                        print(x is a, y is c, z is c, bodies)
                        def total(rows):
                            t = 0
                            for r in rows:
                                for i in range(len(r)):
                                    t += r[i]
                                if t > 10 ** 18:
                                    break
                            else:
                                t = -t
                            return t, r
                        print(total([[1, 2], [3], [4, 5, 6]]))
                        print(total([[2 ** 62, 2 ** 62], [1]]))
                        def grow(rows, k):
                            for _ in range(k):
                                for r in rows:
                                    r[0] = r[0] * 3
                            return rows
                        print(grow([[1], [2]], 50))
                        def roots(rows):
                            s = 0.0
                            for r in rows:
                                s += sqrt(r[0])
                            return s
                        print(roots([[4.0], [9.0]]))
                        try:
                            roots([[4.0], [-9.0]])
                        except ValueError as e:
                            print("ValueError", e)
                        sqrt = abs
                        def again(rows):
                            s = 0.0
                            for r in rows:
                                s += sqrt(r[0])
                            return s
                        print(again([[-4.0], [9.0]]))
                        """, "False True True [[8.432233319625613, 7.940458252015907], [1.255495499739528, -0.7705157983651804], [-2.687728819365137, -7.1699424536507275]]\n(-21, [4, 5, 6])\n(9223372036854775808, [4611686018427387904, 4611686018427387904])\n[[717897987691852588770249], [1435795975383705177540498]]\n5.0\nValueError math domain error\n13.0\n");
        assertTrue(count(stats, "step:3 \\(for\\)[^\\n]*native iterations (\\d+)") > 1000, stats);
    }

    /** Slices of every step-1 and step-(-1) shape, concatenations, displays and repetitions made natively, with Python's clamping. */
    @Test
    void listsMadeNativelyAreSlicedAsPythonSlices() {
        String stats = sameOutput("""
                        def total(a):
                            s = 0
                            for i in range(len(a)):
                                s = (s * 31 + a[i]) % 1000003
                            return s

                        def slices(a, i, j):
                            return (total(a[i:j]) + 7 * total(a[j:i:-1]) + 11 * total(a[:i]) + 13 * total(a[i:]) + 17 * total(a[::-1]) +
                                    19 * total(a[:j:-1]) + 23 * total(a[i::-1]) + 29 * total(a[:] + a[1:2] + [5] * i + [i, j] + 2 * [j]))

                        def main():
                            a = [3, 1, 4, 1, 5, 9, 2, 6]
                            acc = 0
                            for i in range(-10, 11):
                                for j in range(-10, 11):
                                    acc = (acc * 7 + slices(a, i, j)) % 1000000007
                            print(acc)

                        main()
                        """, "769788946\n");
        assertTrue(count(stats, "main:14 \\(for\\)[^\\n]*native iterations (\\d+)") == 484, stats);
        assertTrue(count(stats, "main:14 \\(for\\)[^\\n]*native calls (\\d+)") > 0, stats);
    }

    /** Slice assignment of as many items runs natively; one that resizes the list side-exits and tier 1 resizes it. */
    @Test
    void sliceAssignmentNativelyOrResizedByTier1() {
        String stats = sameOutput("""
                        def flips(p):
                            n = 0
                            first = p[0]
                            while first != 0:
                                p[:first + 1] = p[first::-1]
                                n += 1
                                first = p[0]
                            return n

                        def grow(p, k):
                            p[1:2] = p[0:k]
                            return len(p)

                        def main():
                            t = 0
                            for i in range(40):
                                q = [(j * 5 + i) % 7 for j in range(7)]
                                t = t * 3 + flips(q[:]) + flips(q[::-1])
                            print(t, q)
                            for k in range(4):
                                r = [1, 2, 3]
                                print(grow(r, k), r)

                        main()
                        """, "36317271476505830314 [4, 2, 0, 5, 3, 1, 6]\n2 [1, 3]\n3 [1, 1, 3]\n4 [1, 1, 2, 3]\n5 [1, 1, 2, 3, 3]\n");
        assertTrue(count(stats, "flips\\(list\\[int\\]\\)[^\\n]*native calls (\\d+)") == 80, stats);
        assertTrue(stats.contains("grow(list[int], int): ") && stats.contains("list index, length or memory=3"), stats);
    }

    /**
     * Slice assignment from a slice of the same list moves the items in place, forward and reversed,
     * whatever the overlap; with a call in the target's bounds the right side is copied first, as
     * Python evaluates it before the call.
     */
    @Test
    void sliceMovesWithinOneList() {
        String stats = sameOutput("""
                        def h(a, s):
                            for i in range(len(a)):
                                s = (s * 131 + a[i]) % 1000000007
                            return s

                        def moves(a, i, j, k, s):
                            b = a[:]
                            b[i:i + k] = b[j:j + k]
                            c = a[:]
                            c[i:i + k] = c[j + k - 1:j - 1:-1]
                            d = a[:]
                            d[:k] = d[k - 1::-1]
                            e = a[:]
                            e[i:] = e[:len(e) - i]
                            f = a[:]
                            f[len(f) - k:] = f[-1:-k - 1:-1]
                            return h(f, h(e, h(d, h(c, h(b, s)))))

                        def bump(a):
                            a[0] += 100
                            return 2

                        def with_call(a):
                            a[:bump(a)] = a[1::-1]
                            return a[0] * 1000 + a[1]

                        def main():
                            a = [3, 1, 4, 1, 5, 9, 2, 6]
                            acc = 0
                            for i in range(0, 8):
                                for j in range(1, 8):
                                    for k in range(1, 9 - (i if i > j else j)):
                                        acc = moves(a, i, j, k, acc)
                            print(acc)
                            print(with_call([1, 2, 3]))
                            x = [0.5, 1.5, 2.5, 3.5]
                            for _ in range(3):
                                x[1:] = x[2::-1]
                            print(x)
                            big = 9223372036854775807
                            y = [1, 2, 3]
                            for _ in range(2):
                                y[:] = y[big::-1]
                                y[:3] = y[-big:]
                                y[:big] = y[-big - 1::-1]
                            print(y)

                        main()
                        """, "702214123\n2001\n[0.5, 2.5, 1.5, 0.5]\n[]\n");
        assertTrue(count(stats, "main:30 \\(for\\)[^\\n]*native calls (\\d+)") > 0, stats);
        assertTrue(Pattern.compile("moves\\(list\\[int\\], int, int, int, int\\): [^\\n]*side exits: none").matcher(stats).find(), stats);
        assertTrue(count(stats, "with_call\\(list\\[int\\]\\)[^\\n]*native calls (\\d+)") > 0, stats);
    }

    /**
     * Functions over lists called from tier 1: a list they make comes back as a new list, one they
     * were given is returned only by tier 1 (identity), stores of a call that side-exits are undone
     * before tier 1 runs it again, and a call that outgrows the temporaries is run by tier 1.
     */
    @Test
    void functionsOverListsCalledFromTier1() {
        String stats = sameOutput("""
                        def inverse(perm, n):
                            inv = [0] * n
                            for i in range(n):
                                inv[perm[i]] = i
                            return inv

                        def same(a):
                            for i in range(len(a)):
                                a[i] += 0
                            return a

                        def bump(a, n):
                            s = 1
                            for i in range(n):
                                a[i % 3] += 1
                                s = s * 1000
                            return s

                        def churn(a, rounds):
                            t = 0
                            for r in range(rounds):
                                t += len(a[:] + a[:]) + r
                            return t

                        p = [2, 0, 3, 1]
                        q = inverse(p, 4)
                        q.append(9)
                        print(q, p, inverse(p, 4), inverse(p, 4) is inverse(p, 4))
                        x = [1.5, 2.5]
                        print(same(x) is x, same([True]))
                        a = [0, 0, 0]
                        print(bump(a, 10) > 0, a)
                        print(churn(list(range(1000)), 800))
                        """, "[1, 3, 0, 2, 9] [2, 0, 3, 1] [1, 3, 0, 2] False\nTrue [1]\nTrue [4, 3, 3]\n1919600\n");
        assertTrue(count(stats, "inverse\\(list\\[int\\], int\\)[^\\n]*native calls (\\d+)") == 4, stats);
        assertTrue(stats.contains("same: returns a list it did not make"), stats);
        assertTrue(stats.contains("bump(list[int], int): ") && stats.contains("int overflow=1"), stats);
        assertTrue(stats.contains("churn(list[int], int): ") && stats.contains("side exits: list index, length or memory=1"), stats);
    }

    /**
     * A loop that became hot in its 100th iteration, when the local its body assigns first was
     * bound, is entered afresh by later calls (the local unbound): the region must not require it.
     */
    @Test
    void aLoopCompiledMidwayIsEnteredAfreshByLaterCalls() {
        String code = """
                        def f(n):
                            t = 0
                            for i in range(n):
                                j = i % 7
                                t += j
                            return t
                        print(sum(f(500) for _ in range(20)))
                        """;
        Run tier2 = run(code, true, 100);
        assertEquals("29880\n", tier2.stdout());
        assertEquals(20, count(tier2.stats(), "f:3 \\(for\\)[^\\n]*entries (\\d+)"), tier2.stats());
        assertTrue(tier2.stats().contains("side exits: none"), tier2.stats());
    }

    @Test
    void typeChangeBetweenEntries() {
        String stats = sameOutput("""
                        def h(v):
                            t = v
                            for i in range(10):
                                t = t + i
                            return t
                        print(h(1), h(1.5), h(2), h(True), h(2**70))
                        """, "46 46.5 47 46 1180591620717411303469\n");
        ranNatively(stats);
    }

    @Test
    void divisionByZeroInsideACompiledLoop() {
        String stats = sameOutput("""
                        def d(n):
                            s = 0
                            for i in range(n):
                                s += 100 // (5 - i) + (7 % (i - 6) if i != 6 else 0)
                            return s
                        try:
                            d(10)
                        except ZeroDivisionError as e:
                            print("caught", e)
                        print(d(5))
                        d(10)
                        """, "caught integer division or modulo by zero\n216\n");
        ranNatively(stats);
        assertTrue(stats.contains("zero divisor="), stats);
    }

    @Test
    void floatModuloAndFloorDivisionRunNativelyWithPythonsSigns() {
        String stats = sameOutput("""
                        def wrap(xs, p):
                            m = 0.0
                            q = 0.0
                            for x in xs:
                                m += x % p
                                q += x // p
                            return m, q
                        xs = [i * 0.37 - 5.0 for i in range(40)]
                        print(wrap(xs, 1.5), wrap(xs, -1.5))
                        print(wrap([-0.0, 0.0, 1e300], 3.0), wrap([7.0], float("inf")))
                        try:
                            wrap(xs, 0.0)
                        except ZeroDivisionError as e:
                            print("ZeroDivisionError", e)
                        """, "(28.6, 40.0) (-31.400000000000006, -80.0)\n" +
                                        "(0.0, 3.3333333333333335e+299) (7.0, 0.0)\nZeroDivisionError float modulo\n");
        ranNatively(stats);
        assertTrue(stats.contains("zero divisor="), stats);
    }

    @Test
    void characterComparisonsOfStrsRunNatively() {
        String stats = sameOutput("""
                        def lcs(a, b):
                            prev = [0] * (len(b) + 1)
                            for i in range(1, len(a) + 1):
                                cur = [0] * (len(b) + 1)
                                for j in range(1, len(b) + 1):
                                    if a[i - 1] == b[j - 1]:
                                        cur[j] = prev[j - 1] + 1
                                    else:
                                        cur[j] = max(prev[j], cur[j - 1])
                                prev = cur
                            return prev[-1]
                        def code_sum(s, n):
                            t = 0
                            for i in range(n):
                                t += ord(s[-1 - i]) * (s[i] != " ")
                            return t
                        print(lcs("GATTACA" * 5, "TAGACCA" * 5), code_sum("ab 😀" * 10, 40))
                        try:
                            code_sum("abc", 4)
                        except IndexError as e:
                            print("IndexError", e)
                        """, "20 1286410\nIndexError string index out of range\n");
        assertTrue(stats.contains("lcs:5 (for)"), stats);
        assertTrue(stats.contains("code_sum:14 (for)"), stats);
        assertTrue(stats.contains("list index, length or memory="), stats);
    }

    @Test
    void aReturnInsideACompiledLoopEndsTheFunction() {
        String code = """
                        def find(xs, limit):
                            n = 0
                            for x in xs:
                                n += 1
                                if x > limit:
                                    return x * 0.5
                            return -1.0
                        def search(xs, limit):
                            r = find(xs, limit)
                            return r
                        xs = [i * 0.25 for i in range(5000)]
                        print(search(xs, 1000.0), search(xs, 1e9))
                        """;
        Run tier2 = run(code, true, 100);
        assertEquals("500.125 -1.0\n", tier2.stdout());
        assertTrue(tier2.stats().contains("find:3 (for)"), tier2.stats());
        assertTrue(tier2.stats().contains("side exits: none"), tier2.stats());
    }

    @Test
    void aTupleReturnedInsideACompiledLoopIsMadeByTheHook() {
        Run tier2 = run("""
                        def pair(xs, target):
                            for i in range(len(xs)):
                                for j in range(i + 1, len(xs)):
                                    if xs[i] + xs[j] == target:
                                        return i, j, xs[i] * 0.5
                            return -1, -1, 0.0
                        xs = list(range(0, 3000, 3))
                        print(pair(xs, 2997 + 2994), pair(xs, 1))
                        """, true, 100);
        assertEquals("(998, 999, 1497.0) (-1, -1, 0.0)\n", tier2.stdout());
        assertTrue(tier2.stats().contains("pair:2 (for)") && tier2.stats().contains("side exits: none"), tier2.stats());
    }

    @Test
    void rowsOfTuplesOfNumbersAreReadNatively() {
        String stats = sameOutput("""
                        def closest(points):
                            best = 1e18
                            for i in range(len(points)):
                                x1, y1 = points[i]
                                for x2, y2 in points:
                                    d = (x1 - x2) ** 2 + (y1 - y2) ** 2
                                    if 0 < d < best:
                                        best = d
                            return best
                        print(closest([(i % 7 * 1.0, i % 5 * 2.0) for i in range(60)]))
                        """, "1.0\n");
        assertTrue(stats.contains("closest:3 (for)"), stats);
        assertTrue(stats.contains("side exits: none"), stats);
    }

    @Test
    void exceptionInACompiledCallee() {
        String stats = sameOutput("""
                        def inner(a, b):
                            if a == b:
                                return 1
                            return a // b
                        def outer(n):
                            s = 0
                            for i in range(n):
                                s += inner(10, 3 - i)
                            return s
                        print(outer(3))
                        print(outer(5))
                        """, "18\n");
        ranNatively(stats);
    }

    @Test
    void smallCalleesAreLoweredInPlace() {
        String stats = sameOutput("""
                        def ratio(a, b):
                            s = a - b
                            return a / s
                        def outer(n, shift):
                            t = 0.0
                            for i in range(n):
                                t += ratio(i, shift)
                            return t
                        print(outer(10, 20))
                        try:
                            outer(10, 5)
                        except ZeroDivisionError as e:
                            print("ZeroDivisionError", e)
                        """, "-3.3754280635085587\nZeroDivisionError division by zero\n");
        ranNatively(stats);
        assertTrue(stats.contains("zero divisor="), stats);
        assertFalse(stats.contains("ratio("), "ratio was compiled as a region of its own:\n" + stats);
    }

    @Test
    void mathSqrtIsALibmCallWithPythonsDomainError() {
        String stats = sameOutput("""
                        import math
                        def norms(n, shift):
                            s = 0.0
                            for i in range(n):
                                s += math.sqrt(i - shift) + math.sqrt(i * 0.5)
                            return s
                        print(norms(100, 0))
                        try:
                            norms(10, 5)
                        except ValueError as e:
                            print("ValueError", e)
                        """, "1129.1878825034228\nValueError math domain error\n");
        ranNatively(stats);
        assertTrue(stats.contains("value range="), stats);
    }

    @Test
    void recursiveFibStaysNative() {
        String stats = sameOutput("""
                        def fib(n):
                            if n < 2:
                                return n
                            return fib(n - 1) + fib(n - 2)
                        print(fib(20))
                        """, "6765\n");
        assertTrue(count(stats, "fib\\(int\\)[^\\n]*native calls (\\d+)") >= 21890, stats);
    }

    /**
     * A function that returns None is compiled whole and called as a statement natively (an in-place
     * quicksort recursing into itself); a None return in a function that returns ints elsewhere
     * leaves to tier 1, which runs the call again. The sort of 100k items swaps them again and
     * again, and stays within the undo log (a function logs each item once): no side exit.
     */
    @Test
    void proceduresReturningNoneRunNatively() {
        String stats = sameOutput("""
                        def partition(a, lo, hi):
                            pivot = a[hi]
                            i = lo
                            for j in range(lo, hi):
                                if a[j] < pivot:
                                    a[i], a[j] = a[j], a[i]
                                    i += 1
                            a[i], a[hi] = a[hi], a[i]
                            return i

                        def quicksort(a, lo, hi):
                            if lo >= hi:
                                return
                            p = partition(a, lo, hi)
                            quicksort(a, lo, p - 1)
                            quicksort(a, p + 1, hi)

                        def find(a, v):
                            for i in range(len(a)):
                                if a[i] == v:
                                    return i
                            return None

                        a = [(i * 7919) % 100003 for i in range(100000)]
                        print(quicksort(a, 0, len(a) - 1), a[:4], a == sorted(a))
                        print(find(a, 500), find(a, 100003))
                        """, "None [0, 1, 2, 3] True\n500 None\n");
        assertTrue(count(stats, "quicksort\\(list\\[int\\], int, int\\)[^\\n]*native calls (\\d+)") > 100, stats);
        assertTrue(Pattern.compile("quicksort\\(list\\[int\\], int, int\\): [^\\n]*side exits: none").matcher(stats).find(), stats);
        assertTrue(stats.contains("find(list[int], int): ") && stats.contains("returns None=1"), stats);
    }

    /**
     * A list a compiled function makes empty grows natively (its items move to a larger room in the
     * arena of temporaries), as does a list comprehension; the caller gets a list of its own.
     */
    @Test
    void listsAFunctionMakesGrowNatively() {
        String stats = sameOutput("""
                        def factorize(n):
                            out = []
                            d = 2
                            while d * d <= n:
                                while n % d == 0:
                                    out.append(d)
                                    n //= d
                                d += 1
                            if n > 1:
                                out.append(n)
                            return out

                        def odd_squares(n):
                            return [x * x for x in range(n) if x % 2]

                        t = 0
                        for k in range(2, 2000):
                            t += len(factorize(k)) + len(odd_squares(k % 50))
                        r = factorize(2 ** 40 * 999983)
                        r.append(0)
                        print(t, len(r), r[-3:], odd_squares(6))
                        """, "29964 42 [2, 999983, 0] [1, 9, 25]\n");
        assertTrue(stats.contains("factorize(int): ") && stats.contains("odd_squares(int): "), stats);
        assertTrue(count(stats, "<module>:17 \\(for\\)[^\\n]*native calls (\\d+)") > 1000, stats);
    }

    /** A tuple of numbers a compiled function returns is unpacked natively by its callers, recursion included. */
    @Test
    void tuplesOfNumbersAreReturnedNatively() {
        String stats = sameOutput("""
                        def egcd(a, b):
                            if b == 0:
                                return a, 1, 0
                            g, x, y = egcd(b, a % b)
                            return g, y, x - (a // b) * y

                        def total(n):
                            t = 0
                            for a in range(1, n):
                                g, x, y = egcd(a * 7, 360)
                                t += g + x * 3 + y
                            return t

                        print(total(300), egcd(240, 46))
                        """, "10438 (2, -9, 47)\n");
        // A region counts the native calls made below it, egcd's recursion included.
        assertTrue(stats.contains("egcd(int, int): ") && count(stats, "total\\(int\\)[^\\n]*native calls (\\d+)") > 1000, stats);
    }

    /**
     * Trees of tuples and None: made and counted natively, copied in from tier 1 and back out (the
     * same objects), and left to tier 1 when a tree does not fit the arena of temporaries or holds
     * something else deeper down.
     */
    @Test
    void tupleTreesCrossBetweenTiers() {
        String stats = sameOutput("""
                        def build(depth):
                            if depth == 0:
                                return (None, None)
                            return (build(depth - 1), build(depth - 1))

                        def count(node):
                            left, right = node
                            if left is None:
                                return 1
                            return 1 + count(left) + count(right)

                        def total(n, depth):
                            t = 0
                            for i in range(n):
                                t += count(build(depth))
                            return t

                        print(total(200, 6), total(2, 19))
                        big = build(18)
                        print(count(big), count(((None, None), (None, None))))
                        odd = ((None, None), ((None, None), (1, None)))
                        try:
                            count(odd)
                        except TypeError as e:
                            print(e)
                        """, "25400 2097150\n524287 3\ncannot unpack non-iterable int object\n");
        // build(19) does not fit the arena: that iteration side-exits, tier 1 makes it.
        assertTrue(count(stats, "total\\(int, int\\)[^\\n]*native calls (\\d+)") > 1000 && stats.contains("count(tuple tree): "), stats);
        assertTrue(count(stats, "total\\(int, int\\)[^\\n]*callee exit or recursion depth=(\\d+)") > 0, stats);
    }

    /** Tier 2 lowers from the tree tier 1 was translated from: a method's private names are mangled in both. */
    @Test
    void privateNamesInMethodsAreMangledInBothTiers() {
        String stats = sameOutput("""
                        __step = 100
                        _Hot__step = 3
                        class Hot:
                            def __init__(self, n):
                                self.__n = n
                            def run(self):
                                __count = 0
                                __i = 0
                                __limit = self.__n
                                while __i < __limit:
                                    __count += __i * __step
                                    __i += 1
                                __half = 0.0
                                for __k in range(__limit):
                                    __half += __k * 0.5
                                __doubled = [__j * 2 for __j in range(__limit)]
                                return __count, __half, __doubled[-1]
                        print(Hot(1000).run())
                        """, "(1498500, 249750.0, 1998)\n");
        for (String loop : new String[]{"Hot.run:10 \\(while\\)", "Hot.run:14 \\(for\\)", "<listcomp>:16 \\(for\\)"}) {
            assertTrue(count(stats, loop + "[^\\n]*native iterations (\\d+)") >= 1000, loop + " did not run natively:\n" + stats);
        }
    }

    @Test
    void recursionErrorStaysExact() {
        String stats = sameOutput("""
                        def down(n):
                            if n == 0:
                                return 0
                            return down(n - 1) + 1
                        print(down(500))
                        try:
                            down(5000)
                        except RecursionError as e:
                            print("RecursionError", e)
                        """, "500\nRecursionError maximum recursion depth exceeded\n");
        ranNatively(stats);
    }

    @Test
    void deniedNativeAccessGivesOneNoticeAndTier1() {
        String code = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(f(10), f(20))\nfor k in range(3):\n    print(f(k))\n";
        for (boolean explicit : new boolean[]{true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Context.Builder b = Context.newBuilder("pyjit").out(out).err(err).option("engine.WarnInterpreterOnly", "false").option("pyjit.JITThreshold", "0");
            if (explicit) {
                b.option("pyjit.JIT", "true");
            }
            try (Context context = b.build()) {
                context.eval("pyjit", code);
            }
            assertEquals("45 190\n0\n0\n1\n", out.toString(StandardCharsets.UTF_8));
            String notices = err.toString(StandardCharsets.UTF_8);
            if (explicit) {
                assertEquals(1, notices.lines().count(), notices);
                assertTrue(notices.startsWith("pyjit: tier 2 is off (native access is not allowed)"), notices);
            } else {
                assertEquals("", notices, "tier 2 on by default stays silent when it cannot run");
            }
        }
    }

    @Test
    void dumpListsMicroOpsWithStencilsOffsetsAndBytes() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("pyjit").err(err).allowNativeAccess(true).option("engine.WarnInterpreterOnly", "false")
                        .option("pyjit.JITThreshold", "0").option("pyjit.JITDump", "true").build()) {
            context.eval("pyjit", "def f(n):\n    t = 0\n    while n > 0:\n        t += n % 3\n        n -= 1\n    return t\nf(5)\n");
        }
        String dump = err.toString(StandardCharsets.UTF_8);
        assertTrue(dump.contains("[pyjit tier 2] region f(int)"), dump);
        assertTrue(Pattern.compile("\\n\\s+\\d+  int_sub_mul_imm32\\w*\\s+[^\\n]*\\d+ B [0-9a-f]+\\n").matcher(dump).find(), dump);
    }

    @Test
    void closeStopsACompiledInfiniteLoop() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context context = Context.newBuilder("pyjit").err(err).allowNativeAccess(true).allowExperimentalOptions(true).option("engine.WarnInterpreterOnly", "false")
                        .option("pyjit.JIT", "true").option("pyjit.JITThreshold", "0").option("pyjit.JITStats", "true").build();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] stoppedAt = new long[1];
        Thread worker = new Thread(() -> {
            try {
                context.eval("pyjit", "def spin():\n    x = 0\n    while True:\n        x = x ^ 1\nspin()\n");
            } catch (Throwable t) {
                stoppedAt[0] = System.nanoTime();
                failure.set(t);
            }
        });
        worker.start();
        Thread.sleep(1500);
        long start = System.nanoTime();
        context.close(true);
        // No bound on how fast (a loaded CI machine can take any time): the loop must only stop.
        // The delay is reported for BENCHMARKS.md, never asserted.
        worker.join(30_000);
        assertTrue(!worker.isAlive(), "still running");
        System.out.printf("close(true) stopped a native infinite loop after %.1f ms%n", (stoppedAt[0] - start) / 1e6);
        assertTrue(failure.get() instanceof PolyglotException p && p.isCancelled(), String.valueOf(failure.get()));
        String stats = err.toString(StandardCharsets.UTF_8);
        // The loop runs in a region of its own, or in spin()'s (a function that never returns).
        assertTrue(Pattern.compile("spin(:3 \\(while\\)|\\(\\)): [^\\n]*entries 1").matcher(stats).find(), stats);
    }
}
