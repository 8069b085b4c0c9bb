# Special methods reached through builtins and operators: reflected comparisons, __index__ in
# slices, range, hex and sequence repetition (after __rmul__), big __hash__ values, __len__ and
# __contains__ results converted, __format__, containers showing repr.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return self.v > (o.v if isinstance(o, N) else o)
    def __eq__(self, o): return NotImplemented
    def __index__(self): return self.v
    def __hash__(self): return 2**70 + self.v
    def __len__(self): return True
    def __contains__(self, x): return 'yes' if x else ''
    def __format__(self, spec): return f"<{spec}>"
    def __neg__(self): return N(-self.v)
    def __abs__(self): return 'abs!'
    def __invert__(self): return NotImplemented
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
    def __str__(self): return f"p{self.v}"
class Q:
    pass
t(lambda: N(1) < N(2))
t(lambda: N(3) < N(2))
t(lambda: 5 < N(2))
t(lambda: N(1) == N(1))
t(lambda: N(1) != N(1))
t(lambda: [1, 2, 3, 4][N(1):N(3)])
t(lambda: list(range(N(4))))
t(lambda: hex(N(255)))
t(lambda: hash(N(3)))
t(lambda: hash(2**70 + 3))
t(lambda: hash(-1))
t(lambda: hash(2**61 - 1))
t(lambda: hash(1.5))
t(lambda: hash(float('inf')))
t(lambda: hash((1, 2)) == hash((1, 2)))
t(lambda: len(N(1)))
t(lambda: 3 in N(1))
t(lambda: 0 in N(1))
t(lambda: f"{N(1):>5}")
t(lambda: format(N(1), 'x'))
t(lambda: -N(2))
t(lambda: abs(N(2)))
t(lambda: ~N(2))
t(lambda: [P(1), P(2)])
t(lambda: str([P(1)]))
t(lambda: f"{P(1)} {P(2)!r}")
t(lambda: "%s %r" % (P(1), P(2)))
t(lambda: format(Q(), '')[:20])
t(lambda: format(Q(), 'x'))
t(lambda: f"{Q():>3}")
t(lambda: bool(N(1)))
t(lambda: 'x' * N(3))
t(lambda: [0] * N(2))
t(lambda: N(1) + 1)
t(lambda: 1 + N(1))
t(lambda: N(1) < 'a')
t(lambda: sorted([N(3), N(1)]))
t(lambda: max(N(3), N(1)))
t(lambda: {N(1): 1})
t(lambda: round(N(1)))
t(lambda: int(N(7)))
t(lambda: float(N(7)))
t(lambda: divmod(N(7), 2))
t(lambda: chr(N(65)))
t(lambda: (1, 2, 3)[N(1)])
t(lambda: 'abc'[N(2)])
t(lambda: bin(N(5)))
t(lambda: range(10)[N(3)])
class R(N):
    def __rmul__(self, o): return "rmul"
l = [1]
m = l
l *= N(3)
print(l, m is l, "ab" * R(2), [0] * R(2), N(2) * "x", (1,) * N(2))
for bad in [lambda: "a" * N(2**70), lambda: [1] * N(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
