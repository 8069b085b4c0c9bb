package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated code run for real through NFI, on unboxed slots. */
class NativeRegionTest {
    private static JitTestSupport support;
    private final StencilLibrary library = StencilLibrary.get();

    @BeforeAll
    static void enter() {
        support = new JitTestSupport();
    }

    @AfterAll
    static void leave() {
        support.close();
    }

    @Test
    void sumsALoop() {
        NativeRegion region = NativeRegion.install(support.libc, Regions.sumLoop(library, false));
        try (SlotFrame f = new SlotFrame(3)) {
            for (long n : new long[]{0, 1, 10, 100_000}) {
                f.setLong(Regions.N, n);
                assertEquals(0, region.call(f));
                assertEquals(n * (n - 1) / 2, f.getLong(Regions.SUM));
                assertEquals(n, f.getLong(Regions.I));
            }
        } finally {
            region.release();
        }
    }

    @Test
    void overflowSideExitsWithTheSlotsOfTheExitPoint() {
        NativeRegion region = NativeRegion.install(support.libc, Regions.sumLoop(library, true));
        try (SlotFrame f = new SlotFrame(3)) {
            f.setLong(Regions.SUM, Long.MAX_VALUE - 10);
            f.setLong(Regions.N, 1000);
            assertEquals(Regions.EXIT_SUM_OVERFLOW, region.call(f));
            // 0 + 1 + 2 + 3 + 4 still fit; adding i = 5 would overflow and was not done.
            assertEquals(Long.MAX_VALUE, f.getLong(Regions.SUM));
            assertEquals(5, f.getLong(Regions.I));
        } finally {
            region.release();
        }
    }

    @Test
    void pollsTheInterruptWord() throws Exception {
        Emitter e = new Emitter(library);
        Label loop = e.newLabel();
        e.bind(loop).guarded("poll_interrupt", 9).branch("jump", loop);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(1)) {
            f.requestInterrupt();
            assertEquals(9, region.call(f));
            f.clearInterrupt();
            // An endless loop, stopped from another thread.
            Thread stopper = new Thread(() -> {
                sleep(50);
                f.requestInterrupt();
            });
            long start = System.nanoTime();
            stopper.start();
            assertEquals(9, region.call(f));
            long millis = (System.nanoTime() - start) / 1_000_000;
            stopper.join();
            assertTrue(millis < 5_000, "stopped after " + millis + " ms");
        } finally {
            region.release();
        }
    }

    @Test
    void floatsAndALibmCall() {
        long sqrt = support.libc.symbolAddress("libm.so.6", "sqrt");
        Emitter e = new Emitter(library);
        e.op("float_mul", 2, 0, 0).op("float_mul", 3, 1, 1).op("float_add", 2, 2, 3);
        e.op("call_f64_f64", 4, 2, sqrt);
        e.op("float_lt", 5, 4, 0).op("float_ne", 6, 4, 4);
        e.guarded("float_div", 4, 7, 4, 5);
        e.exit(0);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(8)) {
            f.setDouble(0, 3.0);
            f.setDouble(1, 4.0);
            // 5.0 < 3.0 is false (slot 5 = 0), so dividing by slot 5's bits as a float (0.0) side-exits.
            assertEquals(4, region.call(f));
            assertEquals(5.0, f.getDouble(4));
            assertEquals(0, f.getLong(5));
            assertEquals(0, f.getLong(6));
            f.setDouble(1, Double.NaN);
            assertEquals(4, region.call(f));
            assertEquals(1, f.getLong(6), "NaN != NaN");
        } finally {
            region.release();
        }
    }

    @Test
    void floatResultsPassInTheAccumulatorOnlyWhileTheirSlotHoldsThem() {
        Emitter e = new Emitter(library);
        e.op("float_add", 2, 0, 1).op("float_mul", 3, 1, 2);
        // The slot is written again: its reader must take the new value from the slot.
        e.op("float_add", 4, 0, 1).op("move", 4, 1).op("float_sub", 5, 4, 0);
        // A jump target may be reached with another accumulator.
        Label target = e.newLabel();
        e.op("float_add", 6, 0, 1).bind(target).op("float_sub", 7, 6, 0);
        e.op("float_add", 8, 0, 1).guarded("float_div", 3, 9, 1, 8);
        // A result moved to another slot by retargeting goes on in the accumulator; a value retargeted onto
        // the accumulator's slot replaces it.
        e.op("float_add", 10, 0, 1);
        assertTrue(e.retargetLast(10, 11));
        e.op("float_mul", 12, 11, 0).op("float_add", 13, 0, 1).op("load_const", 14, Double.doubleToRawLongBits(7.0));
        assertTrue(e.retargetLast(14, 13));
        e.op("float_mul", 15, 13, 0).exit(0);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(16)) {
            f.setDouble(0, 2.0);
            f.setDouble(1, 3.0);
            assertEquals(0, region.call(f));
            assertEquals(15.0, f.getDouble(3));
            assertEquals(1.0, f.getDouble(5));
            assertEquals(3.0, f.getDouble(7));
            assertEquals(0.6, f.getDouble(9));
            assertEquals(10.0, f.getDouble(12));
            assertEquals(14.0, f.getDouble(15));
            String listing = listing(e);
            assertUses(listing, "float_mul_acc ", "float_div_acc_rhs ");
            assertEquals(2, listing.split("float_mul_acc ", -1).length - 1, listing);
            assertEquals(2, listing.split("float_sub ", -1).length - 1, listing);
        } finally {
            region.release();
        }
    }

    /**
     * A scratch slot read only through the accumulator is never stored; one that any other micro-op
     * names (read through its slot, or an operand of any kind equal to it) is, as is a slot not
     * declared scratch.
     */
    @Test
    void scratchResultsReadOnlyFromTheAccumulatorAreNotStored() {
        Emitter e = new Emitter(library);
        for (long s = 2; s <= 9; s++) {
            e.scratch(s);
        }
        // (x * y) + x: slot 2 is read from the accumulator only.
        e.op("float_mul", 2, 0, 1).op("float_add", 10, 2, 0);
        // Slot 3 is read from the accumulator, then again from its slot.
        e.op("float_mul", 3, 0, 1).op("float_add", 11, 3, 0).op("float_sub", 12, 3, 1);
        // Slot 4's reader takes it from the accumulator, but a move names it too.
        e.op("float_sub", 4, 0, 1).op("float_mul", 13, 4, 0).op("move", 14, 4);
        // Slot 5 is named as an immediate only.
        e.op("float_add", 5, 1, 1).op("float_mul", 15, 5, 1).op("load_const", 16, 5);
        // Slot 17 is no scratch slot.
        e.op("float_add", 17, 0, 0).op("float_mul", 18, 17, 1).exit(0);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(19)) {
            f.setDouble(0, 2.0);
            f.setDouble(1, 3.0);
            for (int s = 2; s <= 18; s++) {
                f.setDouble(s, -1.0);
            }
            assertEquals(0, region.call(f));
            assertEquals(8.0, f.getDouble(10));
            assertEquals(-1.0, f.getDouble(2), "never stored");
            assertEquals(8.0, f.getDouble(11));
            assertEquals(3.0, f.getDouble(12));
            assertEquals(-2.0, f.getDouble(13));
            assertEquals(-1.0, f.getDouble(14), "read through the move");
            assertEquals(18.0, f.getDouble(15));
            assertEquals(6.0, f.getDouble(5), "an immediate 5 keeps slot 5's store");
            assertEquals(4.0, f.getDouble(17));
            assertEquals(12.0, f.getDouble(18));
            String listing = listing(e);
            assertEquals(1, listing.split("_nostore", -1).length - 1, listing);
            assertTrue(listing.contains("float_mul_nostore "), listing);
        } finally {
            region.release();
        }
    }

    /**
     * An int result goes to the next micro-op in rax: as its left operand, its right one
     * (swapped, or int_sub_rax_rhs), or a branch's; it is not stored when no other micro-op names
     * its slot. A reader at a jump target, or one that a micro-op is later inserted before, reads
     * the slot instead (the inserted load_const writes rax).
     */
    @Test
    void intResultsHandedOverInRax() {
        Emitter e = new Emitter(library);
        for (long s = 30; s <= 39; s++) {
            e.scratch(s);
        }
        e.guarded("int_add", 1, 30, 0, 1).guarded("int_mul", 1, 40, 30, 0);
        e.guarded("int_add", 1, 31, 0, 1).guarded("int_mul", 1, 41, 1, 31);
        e.guarded("int_sub", 1, 32, 0, 1).guarded("int_sub", 1, 42, 0, 32);
        e.guarded("int_add", 1, 33, 0, 1).guarded("int_mul", 1, 43, 33, 33);
        Label next = e.newLabel();
        e.guarded("int_add", 1, 34, 0, 1).bind(next).guarded("int_add_imm", 1, 44, 34, 1);
        Label big = e.newLabel();
        e.guarded("int_mul", 1, 35, 0, 0).branch("branch_int_gt_imm", big, 35, 10);
        e.guarded("int_add", 1, 36, 0, 1).guarded("int_add_imm", 1, 45, 36, 2);
        e.insertBeforeLast("load_const", 46, 99);
        e.guarded("int_mul", 1, 37, 0, 1).guarded("int_mul", 2, 47, 37, 1);
        // A constant stored into another slot in between leaves rax alone; into the same slot, it does not.
        e.guarded("int_add", 1, 38, 0, 1).op("set_bound", 20).guarded("int_add_imm", 1, 48, 38, 5);
        e.guarded("int_add", 1, 39, 0, 1).op("load_const", 39, 50).guarded("int_add_imm", 1, 49, 39, 5);
        e.exit(0);
        e.bind(big).exit(3);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(50)) {
            String listing = listing(e).replaceAll(" +", " ");
            assertUses(listing, "int_add_nostore 30,", "int_mul_rax 40,30,0", "int_mul_rax 41,31,1", "int_sub_rax_rhs 42,0,32", "int_mul_rax 43,33,33",
                            "int_add_imm32 44,34,1", "int_mul_nostore 35,", "branch_int_gt_imm32_rax 35,10", "int_add_imm32 45,36,2", "int_mul_rax 47,37,1",
                            "int_add_nostore 38,", "int_add_imm32_rax 48,38,5", "int_add_imm32 49,39,5");
            assertEquals(6, listing.split("_nostore", -1).length - 1, listing);
            for (int s = 2; s < 50; s++) {
                f.setLong(s, -1);
            }
            f.setLong(0, 3);
            f.setLong(1, 4);
            assertEquals(0, region.call(f), listing);
            assertEquals(-1, f.getLong(30), "never stored");
            assertEquals(21, f.getLong(40));
            assertEquals(-1, f.getLong(31), "never stored");
            assertEquals(28, f.getLong(41));
            assertEquals(-1, f.getLong(32), "never stored");
            assertEquals(4, f.getLong(42));
            assertEquals(7, f.getLong(33), "read twice");
            assertEquals(49, f.getLong(43));
            assertEquals(7, f.getLong(34), "read at a jump target");
            assertEquals(8, f.getLong(44));
            assertEquals(7, f.getLong(36), "read from its slot after the insertion");
            assertEquals(9, f.getLong(45));
            assertEquals(99, f.getLong(46));
            assertEquals(48, f.getLong(47));
            assertEquals(12, f.getLong(48));
            assertEquals(1, f.getLong(20));
            assertEquals(55, f.getLong(49));
            f.setLong(0, 4);
            assertEquals(3, region.call(f), "16 > 10, taken from rax");
            f.setLong(0, 3);
            f.setLong(1, 3_000_000_000L);
            assertEquals(2, region.call(f), "the reader's overflow exits");
            f.setLong(1, Long.MAX_VALUE);
            assertEquals(1, region.call(f), "the producer's overflow exits");
        } finally {
            region.release();
        }
    }

    /**
     * An update of a cached int that took its right operand from rax ({@code int_add_rax_i1}) reads
     * the slot again once a micro-op is inserted before it (a snapshot copy, here a load_const that
     * writes rax).
     */
    @Test
    void anUpdateFromRaxReadsTheSlotAfterAnInsertion() {
        Emitter e = new Emitter(library);
        e.scratch(5);
        Label head = e.newLabel();
        Label done = e.newLabel();
        e.enterLoop(java.util.List.of(), java.util.List.of(1));
        e.bind(head);
        e.branch("branch_int_ge", done, 2, 3);
        e.op("int_add_imm_wrap", 2, 2, 1);
        e.guarded("int_mul", 1, 5, 0, 0).guarded("int_add", 1, 7, 1, 5);
        assertTrue(e.retargetLast(7, 1));
        e.insertBeforeLast("load_const", 6, 99);
        e.branch("jump", head);
        e.leaveLoop();
        e.bind(done).exit(0);
        String listing = listing(e);
        assertUses(listing, "int_add_i1 ");
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(8)) {
            f.setLong(0, 3);
            f.setLong(3, 4);
            assertEquals(0, region.call(f), listing);
            assertEquals(36, f.getLong(1), listing);
            assertEquals(99, f.getLong(6));
        } finally {
            region.release();
        }
    }

    /** A comparison's bool goes to the branch on it in rax, not stored when nothing else reads it. */
    @Test
    void boolsHandedOverInRaxToBranches() {
        Emitter e = new Emitter(library);
        e.scratch(3);
        Label skip = e.newLabel();
        Label done = e.newLabel();
        e.op("int_lt", 3, 0, 1).branch("branch_if_false", skip, 3).op("load_const", 4, 7).branch("jump", done);
        e.bind(skip).op("load_const", 4, 8);
        e.bind(done).op("int_gt", 5, 0, 1).branch("branch_if_true", done, 5).exit(0);
        String listing = listing(e);
        assertUses(listing, "int_lt_nostore ", "branch_if_false_rax ", "branch_if_true_rax ");
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(6)) {
            f.setLong(0, 1);
            f.setLong(1, 2);
            assertEquals(0, region.call(f), listing);
            assertEquals(7, f.getLong(4));
            f.setLong(0, 2);
            assertEquals(0, region.call(f));
            assertEquals(8, f.getLong(4));
        } finally {
            region.release();
        }
    }

    /**
     * Float locals cached in registers (x in r1, y in r2) stay equal to their slots through every
     * kind of write: an accumulating operation, a move, a value retargeted onto the slot, and a
     * call out, which forgets the registers. A stale register would change the results.
     */
    @Test
    void cachedFloatsFollowEveryWriteOfTheirSlots() {
        long sqrt = support.libc.symbolAddress("libm.so.6", "sqrt");
        Emitter e = new Emitter(library);
        Label head = e.newLabel();
        Label done = e.newLabel();
        e.enterLoop(java.util.List.of(0, 1), java.util.List.of(4));
        e.bind(head);
        e.branch("branch_int_ge", done, 4, 5);
        e.op("float_mul", 6, 0, 2);
        e.op("float_add", 0, 6, 1);
        e.op("move", 1, 3);
        e.op("float_add", 7, 1, 0);
        e.op("call_f64_f64", 8, 7, sqrt);
        e.op("float_add", 9, 0, 8);
        assertTrue(e.retargetLast(9, 1));
        e.op("float_mul", 6, 1, 1);
        e.op("float_sub", 10, 6, 0);
        e.guarded("int_add_imm", 1, 4, 4, 1);
        e.branch("jump", head);
        e.leaveLoop();
        e.bind(done).exit(0);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(11)) {
            f.setDouble(0, 0.25);
            f.setDouble(1, 2.0);
            f.setDouble(2, 0.5);
            f.setDouble(3, 1.0);
            f.setLong(5, 40);
            assertEquals(0, region.call(f));
            double x = 0.25;
            double y = 2.0;
            double z = 0;
            for (int i = 0; i < 40; i++) {
                x = x * 0.5 + y;
                y = x + Math.sqrt(1.0 + x);
                z = y * y - x;
            }
            assertEquals(x, f.getDouble(0));
            assertEquals(y, f.getDouble(1));
            assertEquals(z, f.getDouble(10));
            String listing = listing(e);
            assertUses(listing, "float_add_acc_r2 ", "float_mul_acc_r2 ", "r2_from_slot ", "r2_from_acc ");
        } finally {
            region.release();
        }
    }

    /**
     * Int locals cached in registers (j in i1, k in i2) stay equal to their slots through an
     * in-place update, a move, a value retargeted onto the slot, a call out (which forgets the
     * registers) and an inner loop, which keeps the outer loop's registers instead of loading its
     * own: any stale register would change the sums.
     */
    @Test
    void cachedIntsFollowEveryWriteOfTheirSlots() {
        long sqrt = support.libc.symbolAddress("libm.so.6", "sqrt");
        Emitter e = new Emitter(library);
        Label head = e.newLabel();
        Label done = e.newLabel();
        Label innerHead = e.newLabel();
        Label innerDone = e.newLabel();
        e.enterLoop(java.util.List.of(), java.util.List.of(0, 1, 4));
        e.bind(head);
        e.op("count", 4);
        e.branch("branch_int_ge", done, 0, 2);
        e.guarded("int_add", 1, 1, 1, 0);
        e.op("int_add_imm_wrap", 0, 0, 1);
        e.guarded("int_add_imm", 1, 3, 1, 5);
        e.op("move", 1, 3);
        e.op("call_f64_f64", 6, 7, sqrt);
        e.op("load_const", 8, 0);
        e.enterLoop(java.util.List.of(), java.util.List.of(8));
        e.bind(innerHead);
        e.op("count", 4);
        e.branch("branch_int_ge", innerDone, 8, 9);
        e.guarded("int_add_imm", 1, 8, 8, 1);
        e.guarded("int_add", 1, 1, 8, 1);
        e.branch("jump", innerHead);
        e.leaveLoop();
        e.bind(innerDone);
        e.guarded("int_mul", 1, 10, 1, 9);
        assertTrue(e.retargetLast(10, 1));
        e.guarded("int_sub", 1, 1, 1, 0);
        e.branch("jump", head);
        e.leaveLoop();
        e.bind(done).exit(0);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(11)) {
            f.setLong(2, 20);
            f.setDouble(7, 2.0);
            f.setLong(9, 3);
            assertEquals(0, region.call(f));
            long k = 0;
            for (long j = 0; j < 20; j++) {
                k += j;
                k = k + 5;
                for (long m = 1; m <= 3; m++) {
                    k += m;
                }
                k = k * 3 - (j + 1);
            }
            String listing = listing(e);
            assertEquals(20, f.getLong(0));
            assertEquals(21 + 20 * 4, f.getLong(4), "iterations counted in i3, through a call and an inner loop");
            assertUses(listing, "int_add_i2 ", "int_add_imm_wrap32_i1 ", "int_mul_i2 ", "int_sub_i2 ", "i2_from_slot ", "count_i3 ", "branch_int_ge_i1 ");
            for (String line : listing.split("\n")) {
                // The inner loop's counter (slot 8) got no register.
                assertTrue(!line.matches(".*\\b(i[1-4]_from_slot|int_\\w+_i[1-4])\\s+8[,\\s].*"), line);
            }
            assertEquals(k, f.getLong(1), listing);
        } finally {
            region.release();
        }
    }

    @Test
    void pythonFloorDivisionAndModulo() {
        Emitter e = new Emitter(library).guarded("int_floordiv", 1, 2, 0, 1).guarded("int_mod", 2, 3, 0, 1).exit(0);
        NativeRegion region = NativeRegion.install(support.libc, e);
        try (SlotFrame f = new SlotFrame(4)) {
            long[][] cases = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {6, 3}, {-6, 3}, {Long.MIN_VALUE, 7}, {5, -1}};
            for (long[] c : cases) {
                f.setLong(0, c[0]);
                f.setLong(1, c[1]);
                assertEquals(0, region.call(f));
                assertEquals(Math.floorDiv(c[0], c[1]), f.getLong(2), c[0] + " // " + c[1]);
                assertEquals(Math.floorMod(c[0], c[1]), f.getLong(3), c[0] + " % " + c[1]);
            }
            f.setLong(1, 0);
            assertEquals(1, region.call(f), "zero divisor");
            f.setLong(0, Long.MIN_VALUE);
            f.setLong(1, -1);
            assertEquals(1, region.call(f), "the quotient needs a big int");
        } finally {
            region.release();
        }
    }

    /** Floor division and modulo by a literal through a multiplication (MagicDivisor), from a slot and from rax. */
    @Test
    void pythonFloorDivisionAndModuloByALiteral() {
        long[] divisors = {2, 3, 5, 6, 7, 12, 17, 641, 1000003, (1L << 30) + 1, Integer.MAX_VALUE};
        java.util.Random random = new java.util.Random(35);
        for (long d : divisors) {
            int shift = MagicDivisor.shift(d);
            long m = MagicDivisor.multiplier(d);
            Emitter e = new Emitter(library).op("int_floordiv_magic", 2, 0, shift, m);
            // At a label, the quotient comes from its slot.
            e.op("int_floordiv_magic", 7, 0, shift, m).bind(e.newLabel()).op("int_sub_mul_imm32", 3, 0, d, 7);
            e.guarded("int_add", 1, 4, 0, 1).op("int_floordiv_magic", 8, 4, shift, m).op("int_sub_mul_imm32", 5, 4, d, 8);
            e.guarded("int_add", 1, 4, 0, 1).op("int_floordiv_magic", 6, 4, shift, m).exit(0);
            String listing = listing(e);
            assertUses(listing, "int_sub_mul_imm32 ", "int_sub_mul_imm32_rax ", "int_floordiv_magic_rax ");
            NativeRegion region = NativeRegion.install(support.libc, e);
            try (SlotFrame f = new SlotFrame(9)) {
                java.util.List<Long> values = new java.util.ArrayList<>(java.util.List.of(0L, 1L, -1L, d - 1, d, d + 1, -d + 1, -d, -d - 1, Long.MAX_VALUE,
                                Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - d, d * d, -d * d - 1));
                for (int k = 0; k < 200; k++) {
                    values.add(random.nextLong() >> random.nextInt(64));
                }
                for (long a : values) {
                    f.setLong(0, a);
                    f.setLong(1, 0);
                    assertEquals(0, region.call(f));
                    assertEquals(Math.floorDiv(a, d), f.getLong(2), a + " // " + d);
                    assertEquals(Math.floorMod(a, d), f.getLong(3), a + " % " + d);
                    assertEquals(Math.floorMod(a, d), f.getLong(5), a + " % " + d + " from rax");
                    assertEquals(Math.floorDiv(a, d), f.getLong(6), a + " // " + d + " from rax");
                }
            } finally {
                region.release();
            }
        }
    }

    /**
     * {@code def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)}, calling itself natively.
     * Frame: 0 = n, 1 = result, 2 = the constant 2, 3 = fib(n - 1), 4.. = the callee's frame, whose
     * result lands in slot 5; 15 = a callee's exit code.
     */
    @Test
    void recursionStaysNative() {
        Emitter e = new Emitter(library);
        Label base = e.newLabel();
        e.op("load_const", 2, 2);
        e.branch("branch_int_lt", base, 0, 2);
        e.guarded("int_add_imm", 1, 4, 0, -1);
        e.callSelf(2, 4, 15);
        e.op("move", 3, 5);
        e.guarded("int_add_imm", 1, 4, 0, -2);
        e.callSelf(2, 4, 15);
        e.guarded("int_add", 3, 1, 3, 5);
        e.exit(0);
        e.bind(base);
        e.op("move", 1, 0);
        e.exit(0);
        NativeRegion fib = NativeRegion.install(support.libc, e);
        // Each level's frame starts 4 slots further: depth n needs 4 * n + 16 slots.
        try (SlotFrame f = new SlotFrame(4 * 30 + 16)) {
            f.setLong(0, 25);
            assertEquals(0, fib.call(f));
            assertEquals(75025, f.getLong(1));
        } finally {
            fib.release();
        }
    }

    /** The region's micro-ops as JITDump lists them, patched for an address of no importance. */
    private static String listing(Emitter e) {
        return String.join("\n", e.listing(0x7f00_0000_0000L, e.patch(0x7f00_0000_0000L)));
    }

    private static void assertUses(String listing, String... stencils) {
        for (String used : stencils) {
            assertTrue(listing.contains(used), listing);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
