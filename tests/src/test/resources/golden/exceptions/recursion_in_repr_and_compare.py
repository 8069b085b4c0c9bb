# repr, str and comparisons recurse through nested values; CPython counts each level against the
# recursion limit (with its own message), so a deep structure is a RecursionError, not a huge string.


def nested(kind, n):
    v = kind()
    for _ in range(n):
        if kind is list:
            v = [v]
        elif kind is tuple:
            v = (v, 0)
        else:
            v = {"k": v}
    return v


for kind in (list, tuple, dict):
    deep = nested(kind, 5000)
    shallow = nested(kind, 50)
    for name, f in (("repr", repr), ("str", str), ("f-string", lambda v: f"{v}"), ("%-format", lambda v: "%s" % (v,))):
        try:
            print(kind.__name__, name, len(f(shallow)), len(f(deep)))
        except RecursionError as e:
            print(kind.__name__, name, "RecursionError:", e)
    try:
        print(kind.__name__, "==", nested(kind, 50) == shallow, deep == nested(kind, 5000))
    except RecursionError as e:
        print(kind.__name__, "== RecursionError:", e)

try:
    print(nested(list, 3000) < nested(list, 3000))
except RecursionError as e:
    print("< RecursionError:", e)

# a cycle is printed as [...], at any depth within the limit
a = [1]
a.append([a, nested(list, 100)])
print(len(repr(a)), repr(a)[:12])


class Node:
    def __init__(self, child):
        self.child = child

    def __eq__(self, other):
        return self.child == other.child


def chain(n):
    x = None
    for _ in range(n):
        x = Node(x)
    return x


print(chain(100) == chain(100))
try:
    chain(2000) == chain(2000)
except RecursionError as e:
    print("Node == RecursionError:", e)

# the classic: print in an unbounded recursion stops one level earlier than the recursion itself
last = -1


def count(n):
    global last
    print(n, end=" " if n % 100 else "\n")
    last = n
    count(n + 1)


try:
    count(0)
except RecursionError as e:
    print()
    print("count stopped after", last, "RecursionError:", e)
