package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The iterators of the builtin types and the iterator-producing builtins (enumerate, zip, map, filter, reversed). */
public final class PyBuiltinIterators {
    private PyBuiltinIterators() {
    }

    public static final class ListIterator extends PyObject implements PyIterator {
        private final PyList list;
        private int index;

        public ListIterator(PyList list) {
            super(EMPTY_SHAPE);
            this.list = list;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.LIST_ITERATOR;
        }

        @Override
        public Object nextOrNull() {
            if (index < list.size()) {
                return list.get(index++);
            }
            index = Integer.MAX_VALUE;
            return null;
        }

        /** The list iterated and the index of the next item: tier 2 runs a loop over it natively (PyNextNode reads it too). */
        public PyList list() {
            return list;
        }

        public int index() {
            return index;
        }

        /** Where tier 2 (or PyNextNode) stopped: the next item's index, or (having run out) none ever again, as CPython's. */
        public void resume(long next, boolean exhausted) {
            index = exhausted ? Integer.MAX_VALUE : (int) next;
        }
    }

    public static final class ListReverseIterator extends PyObject implements PyIterator {
        private final PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            super(EMPTY_SHAPE);
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.LIST_REVERSE_ITERATOR;
        }

        @Override
        public Object nextOrNull() {
            if (index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            index = -1;
            return null;
        }
    }

    /** Iterates a fixed array (tuples; also snapshots). */
    public static final class ArrayIterator extends PyObject implements PyIterator {
        private final Object[] items;
        private final PyClass type;
        private int index;

        public ArrayIterator(Object[] items, PyClass type) {
            super(EMPTY_SHAPE);
            this.items = items;
            this.type = type;
        }

        @Override
        public PyClass getPyClass() {
            return type;
        }

        @Override
        public Object nextOrNull() {
            if (index < items.length) {
                return items[index++];
            }
            return null;
        }
    }

    public static final class StrIterator extends PyObject implements PyIterator {
        private final String str;
        private int index;

        public StrIterator(String str) {
            super(EMPTY_SHAPE);
            this.str = str;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.STR_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (index < str.length()) {
                int n = PyCodePoints.charCountAt(str, index);
                String c = n == 1 ? String.valueOf(str.charAt(index)) : str.substring(index, index + 2);
                index += n;
                return c;
            }
            return null;
        }

        /** The str iterated and the (UTF-16) index of the next character: tier 2 runs a loop over it natively. */
        public String str() {
            return str;
        }

        public int index() {
            return index;
        }

        /** Where tier 2 stopped: the next character's index, or (having run out) the end. */
        public void resume(long next, boolean exhausted) {
            index = exhausted ? str.length() : (int) next;
        }
    }

    public static final class RangeIterator extends PyObject implements PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            super(EMPTY_SHAPE);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.RANGE_ITERATOR;
        }

        /** Whether {@link #nextLong()} has a value. */
        public boolean hasNext() {
            return remaining > 0;
        }

        public long nextLong() {
            long v = next;
            next += step;
            remaining--;
            return v;
        }

        @Override
        public Object nextOrNull() {
            if (remaining > 0) {
                return nextLong();
            }
            return null;
        }
    }

    public static final class DictIterator extends PyObject implements PyIterator {
        private final PyDict dict;
        private final PyDictView.Kind kind;
        private final int expectedSize;
        private int pos;
        /** Items still to come: one more means keys were deleted and added while iterating. */
        private int remaining;

        public DictIterator(PyDict dict, PyDictView.Kind kind) {
            super(EMPTY_SHAPE);
            this.dict = dict;
            this.kind = kind;
            this.expectedSize = dict.size();
            this.remaining = expectedSize;
        }

        @Override
        public PyClass getPyClass() {
            return switch (kind) {
                case KEYS -> PyTypes.DICT_KEY_ITERATOR;
                case VALUES -> PyTypes.DICT_VALUE_ITERATOR;
                case ITEMS -> PyTypes.DICT_ITEM_ITERATOR;
            };
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (dict.size() != expectedSize) {
                pos = Integer.MAX_VALUE;
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            int limit = dict.entryLimit();
            while (pos < limit) {
                int p = pos++;
                Object k = dict.keyAt(p);
                if (k != null) {
                    if (remaining == 0) {
                        pos = Integer.MAX_VALUE;
                        throw PyErrors.runtimeError("dictionary keys changed during iteration");
                    }
                    remaining--;
                    return switch (kind) {
                        case KEYS -> k;
                        case VALUES -> dict.valueAt(p);
                        case ITEMS -> new PyTuple(new Object[]{k, dict.valueAt(p)});
                    };
                }
            }
            return null;
        }
    }

    public static final class SetIterator extends PyObject implements PyIterator {
        private final PyAbstractSet set;
        private final int expectedSize;
        private int pos;

        public SetIterator(PyAbstractSet set) {
            super(EMPTY_SHAPE);
            this.set = set;
            this.expectedSize = set.size();
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.SET_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (set.size() != expectedSize) {
                pos = Integer.MAX_VALUE;
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            int limit = set.tableSize();
            while (pos < limit) {
                Object k = set.slotAt(pos++);
                if (k != null) {
                    return k;
                }
            }
            return null;
        }
    }

    /** The old sequence protocol: calls __getitem__ with 0, 1, ... until IndexError or StopIteration. */
    public static final class SequenceIterator extends PyObject implements PyIterator {
        private final Object seq;
        private long index;
        private boolean done;

        public SequenceIterator(Object seq) {
            super(EMPTY_SHAPE);
            this.seq = seq;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.SEQ_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (done) {
                return null;
            }
            try {
                return PyOps.getItem(seq, index++);
            } catch (PyException e) {
                PyClass t = PyOps.typeOf(e.getPyException());
                if (t.isSubclassOf(PyTypes.INDEX_ERROR) || t.isSubclassOf(PyTypes.STOP_ITERATION)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel). */
    public static final class CallableIterator extends PyObject implements PyIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        public CallableIterator(Object callable, Object sentinel) {
            super(EMPTY_SHAPE);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.CALLABLE_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (done) {
                return null;
            }
            Object v = PyOps.call(callable, new Object[0], null);
            if (PyOps.eq(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }

    public static final class Enumerate extends PyObject implements PyIterator {
        private final Object iterator;
        private Object count;

        public Enumerate(Object iterator, Object start) {
            super(EMPTY_SHAPE);
            this.iterator = iterator;
            this.count = start;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.ENUMERATE;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            Object v = PyOps.next(iterator);
            if (v == null) {
                return null;
            }
            Object i = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1) : PyArith.add(count, 1L);
            return new PyTuple(new Object[]{i, v});
        }

        /** The list iterator enumerated, or null: tier 2 runs a loop over such an enumerate natively. */
        public ListIterator listIterator() {
            return iterator instanceof ListIterator items ? items : null;
        }

        /** The str iterator enumerated, or null: tier 2 runs a loop over such an enumerate natively too. */
        public StrIterator strIterator() {
            return iterator instanceof StrIterator chars ? chars : null;
        }

        /** The next count, when it is a long. */
        public Object count() {
            return count;
        }

        /** Where tier 2 stopped: the count of the next item. */
        public void resume(long nextCount) {
            count = nextCount;
        }
    }

    public static final class Zip extends PyObject implements PyIterator {
        private final Object[] iterators;
        private final boolean strict;
        private boolean done;

        public Zip(Object[] iterators, boolean strict) {
            super(EMPTY_SHAPE);
            this.iterators = iterators;
            this.strict = strict;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.ZIP;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (done || iterators.length == 0) {
                return null;
            }
            Object[] r = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyOps.next(iterators[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PyErrors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < iterators.length; j++) {
                            if (PyOps.next(iterators[j]) != null) {
                                throw PyErrors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                r[i] = v;
            }
            return new PyTuple(r);
        }

        /**
         * The list iterators this zip goes over, when tier 2 may run a loop over it natively: not
         * strict, not run out, each a list iterator of its own, all at one index; else null.
         */
        public ListIterator[] listIterators() {
            if (strict || done || iterators.length == 0) {
                return null;
            }
            ListIterator[] lists = new ListIterator[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                if (!(iterators[i] instanceof ListIterator it) || i > 0 && it.index() != lists[0].index()) {
                    return null;
                }
                for (int j = 0; j < i; j++) {
                    if (lists[j] == it) {
                        return null;
                    }
                }
                lists[i] = it;
            }
            return lists;
        }

        /**
         * Where tier 2 stopped: before the items at index {@code next}, or ({@code exhausted}) having
         * found no item there, which leaves the iterators as next() does: those before the first list
         * that ran out took their item, that one is exhausted, the others are untouched.
         */
        public void resume(long next, boolean exhausted) {
            boolean ranOut = false;
            for (Object o : iterators) {
                ListIterator it = (ListIterator) o;
                if (!exhausted || ranOut) {
                    it.resume(next, false);
                } else if (next >= it.list().size()) {
                    it.resume(next, true);
                    ranOut = true;
                } else {
                    it.resume(next + 1, false);
                }
            }
            done = exhausted;
        }
    }

    public static final class MapIterator extends PyObject implements PyIterator {
        private final Object function;
        private final Object[] iterators;

        public MapIterator(Object function, Object[] iterators) {
            super(EMPTY_SHAPE);
            this.function = function;
            this.iterators = iterators;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.MAP;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object v = PyOps.next(iterators[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return PyOps.call(function, args, null);
        }
    }

    public static final class FilterIterator extends PyObject implements PyIterator {
        private final Object function;
        private final Object iterator;

        public FilterIterator(Object function, Object iterator) {
            super(EMPTY_SHAPE);
            this.function = function;
            this.iterator = iterator;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.FILTER;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            while (true) {
                Object v = PyOps.next(iterator);
                if (v == null) {
                    return null;
                }
                boolean keep = function == PyNone.NONE ? PyOps.isTrue(v) : PyOps.isTrue(PyOps.call(function, new Object[]{v}, null));
                if (keep) {
                    return v;
                }
            }
        }
    }

    /** reversed() over a sequence with __len__ and __getitem__. */
    public static final class ReversedIterator extends PyObject implements PyIterator {
        private final Object seq;
        private long index;

        public ReversedIterator(Object seq, long length) {
            super(EMPTY_SHAPE);
            this.seq = seq;
            this.index = length - 1;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.REVERSED;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (index < 0) {
                return null;
            }
            return PyOps.getItem(seq, index--);
        }
    }
}
