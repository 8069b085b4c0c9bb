# f-strings call __format__ also without a spec (a user's own, or object's, which gives str());
# and where repr, str, format and comparisons of nested values hit the recursion limit, with
# CPython's messages (repr() and object.__format__ are calls that take a level, as in CPython).
class N:
    def __format__(self, spec):
        return "<" + spec + ">"
    def __str__(self):
        return "str!"
print(f"{N()}", f"{N():x}", f"{N()!s}", format(N()), "{}".format(N()), f"{3}", f"{2.5}", f"{True}", f"{None}", f"{[1]}")
def nest(n, kind):
    l = []
    if kind == 't':
        l = ()
    if kind == 'd':
        l = {}
    for i in range(n):
        if kind == 'l':
            l = [l]
        elif kind == 't':
            l = (l,)
        elif kind == 'd':
            l = {1: l}
        elif kind == 's':
            l = [1, l]
    return l

class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "N(" + repr(self.child) + ")"
    def __eq__(self, other):
        return self.child == other.child

def nodes(n):
    x = None
    for i in range(n):
        x = Node(x)
    return x

def first_failing(f):
    lo, hi = 1, 4000
    def fails(n):
        try:
            f(n)
            return None
        except RecursionError as e:
            return str(e)
    if fails(hi) is None:
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if fails(mid) is not None:
            hi = mid
        else:
            lo = mid + 1
    return lo, fails(lo)

def at_depth(d, f):
    if d == 0:
        return f()
    return at_depth(d - 1, f)

cases = [
    ("repr list", lambda n: repr(nest(n, 'l'))),
    ("str list", lambda n: str(nest(n, 'l'))),
    ("repr tuple", lambda n: repr(nest(n, 't'))),
    ("repr dict", lambda n: repr(nest(n, 'd'))),
    ("repr list2", lambda n: repr(nest(n, 's'))),
    ("fstring", lambda n: f"{nest(n, 'l')}"),
    ("format", lambda n: format(nest(n, 'l'))),
    ("eq list", lambda n: nest(n, 'l') == nest(n, 'l')),
    ("lt list", lambda n: nest(n, 'l') < nest(n, 'l')),
    ("eq tuple", lambda n: nest(n, 't') == nest(n, 't')),
    ("eq dict", lambda n: nest(n, 'd') == nest(n, 'd')),
    ("in list", lambda n: nest(n, 'l') in [nest(n, 'l')]),
    ("node repr", lambda n: repr(nodes(n))),
    ("node eq", lambda n: nodes(n) == nodes(n)),
    ("repr at 50", lambda n: at_depth(50, lambda: repr(nest(n, 'l')))),
    ("eq at 50", lambda n: at_depth(50, lambda: nest(n, 'l') == nest(n, 'l'))),
]
for name, f in cases:
    print(name, first_failing(f))
