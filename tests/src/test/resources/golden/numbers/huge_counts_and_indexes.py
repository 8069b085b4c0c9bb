# Indexes, counts and widths beyond 64 bits, and results too large for memory:
# each must raise CPython's exception, never wrap around or crash.
big = 2 ** 64


def attempt(label, f):
    try:
        r = f()
    except (IndexError, OverflowError, MemoryError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r if not isinstance(r, int) or r.bit_length() < 200 else r.bit_length())


xs = [1, 2, 3]
s = "abc"
t = (1, 2, 3)
attempt("list index", lambda: xs[big])
attempt("list negative index", lambda: xs[-big])
attempt("str index", lambda: s[big])
attempt("tuple index", lambda: t[-big])
attempt("range index", lambda: range(10)[big])
attempt("range last", lambda: range(10)[-1])


def store():
    xs[big] = 0


def delete():
    del xs[big]


attempt("list store", store)
attempt("list delete", delete)
attempt("list * huge", lambda: [] * big)
attempt("list * -huge", lambda: [1] * -big)
attempt("str * huge", lambda: "" * big)
attempt("tuple * 2**63", lambda: (1,) * 2 ** 63)
attempt("list * -2**63", lambda: [1] * -(2 ** 63))
attempt("str * too many", lambda: "ab" * 2 ** 62)
attempt("list * too many", lambda: [0] * 2 ** 40)
attempt("shift huge", lambda: 1 << big)
attempt("shift 2**40", lambda: 1 << 2 ** 40)
attempt("negative shift huge", lambda: -1 << big)
attempt("zero shift huge", lambda: 0 << big)
attempt("shift negative", lambda: 1 << -1)
attempt("right shift huge", lambda: 12345 >> big)
attempt("negative right shift huge", lambda: -12345 >> big)
attempt("pow one", lambda: 1 ** big)
attempt("pow minus one", lambda: (-1) ** (big + 1))
attempt("zfill huge", lambda: "7".zfill(big))
attempt("ljust huge", lambda: "7".ljust(2 ** 40))
attempt("center huge", lambda: "7".center(2 ** 40))
attempt("zfill negative", lambda: "7".zfill(-big))
attempt("replace count huge", lambda: "aaa".replace("a", "b", big))
attempt("replace count -1", lambda: "aaa".replace("a", "b", -1))
attempt("split maxsplit huge", lambda: "a b c".split(" ", big))
attempt("insert huge", lambda: xs.insert(big, 9))
attempt("insert -2**63", lambda: xs.insert(-(2 ** 63), 0))
print(xs)
attempt("index start huge", lambda: xs.index(1, -big, big))
attempt("slice huge", lambda: xs[-big:big])
attempt("str slice huge", lambda: s[big:-big:-1])
