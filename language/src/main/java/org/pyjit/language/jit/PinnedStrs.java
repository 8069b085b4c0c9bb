package org.pyjit.language.jit;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The characters of the strs that regions read ({@code s[i] == t[j]}, {@code ord(s[i])}): each str's
 * code points, Python's positions, as 32-bit items off-heap, where native code can read them.
 * Copying a str is as long as the str, and a loop comparing two strs' characters (an edit
 * distance, a longest common subsequence) enters its region once per outer iteration with the same
 * two strs; so the copies are kept, found again by identity, the most recently used last.
 */
final class PinnedStrs {
    /** The most strs one region may read: entering pins them all, and none of them may be evicted meanwhile. */
    static final int PER_REGION = 8;
    /** Strs kept beyond those of the region entering now. */
    private static final int KEPT = 16;
    private static final long KEPT_BYTES = 64L << 20;
    /** Longer strs are not pinned (the region then leaves the loop to tier 1). */
    private static final int MAX_LENGTH = 16 << 20;

    private record Pinned(String str, Arena arena, MemorySegment items, int length) {
    }

    private final List<Pinned> pinned = new ArrayList<>();
    private long bytes;

    /** The address of {@code s}'s code points, -1 when it is too long to pin. */
    @TruffleBoundary
    long items(String s) {
        Pinned p = find(s);
        return p == null ? -1 : p.items.address();
    }

    /** The number of code points of {@code s}, Python's {@code len(s)}; pins it like {@link #items}. */
    @TruffleBoundary
    long length(String s) {
        Pinned p = find(s);
        return p == null ? -1 : p.length;
    }

    private Pinned find(String s) {
        for (int i = pinned.size() - 1; i >= 0; i--) {
            Pinned p = pinned.get(i);
            if (p.str == s) {
                if (i != pinned.size() - 1) {
                    pinned.remove(i);
                    pinned.add(p);
                }
                return p;
            }
        }
        if (s.length() > MAX_LENGTH) {
            return null;
        }
        Pinned p = pin(s);
        pinned.add(p);
        bytes += p.items.byteSize();
        // The newest PER_REGION stay: the region entering now may be using every one of them.
        while (pinned.size() > PER_REGION && (pinned.size() > KEPT || bytes > KEPT_BYTES)) {
            Pinned old = pinned.removeFirst();
            bytes -= old.items.byteSize();
            old.arena.close();
        }
        return p;
    }

    private static Pinned pin(String s) {
        // Gathered in a Java array and copied at once: a segment's element stores are calls in C1's code.
        int[] codePoints = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            int c = s.codePointAt(i);
            codePoints[n] = c;
            i += Character.charCount(c);
        }
        Arena arena = Arena.ofShared();
        MemorySegment items = arena.allocate(Math.max(4, 4L * n), 4);
        MemorySegment.copy(codePoints, 0, items, ValueLayout.JAVA_INT, 0, n);
        return new Pinned(s, arena, items, n);
    }

    /** Frees every copy (the context is closing, no region runs any more). */
    void release() {
        for (Pinned p : pinned) {
            p.arena.close();
        }
        pinned.clear();
        bytes = 0;
    }
}
