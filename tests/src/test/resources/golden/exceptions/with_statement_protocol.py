# with statements: several managers, suppression by a truthy __exit__ result, failing __enter__
# and __exit__, break/continue/return through with, and the traceback passed to __exit__.
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise KeyError(self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        if self.fail_exit:
            raise ValueError("exit " + self.name)
        return self.suppress
def run(f):
    try:
        print("result", repr(f()))
    except Exception as e:
        print("raised", type(e).__name__, e, "context:", repr(e.__context__))
def a():
    with CM("a") as x, CM("b") as y:
        return x + y
def b():
    with CM("a", suppress=True):
        1 / 0
    return "after"
def c():
    with CM("a"), CM("b", fail_enter=True):
        return "never"
def d():
    with CM("a", fail_exit=True):
        raise IndexError("body")
def e():
    for i in range(3):
        with CM(str(i)):
            if i == 0:
                continue
            if i == 1:
                break
    return i
def f():
    with CM("outer", suppress=True):
        with CM("inner"):
            raise TypeError("t")
        print("not here")
    return "swallowed"
def g():
    with CM("s", suppress=1):
        raise KeyError("k")
    return "suppressed with 1"
def h():
    class NoExit:
        def __enter__(self): return 1
    with NoExit():
        pass
def i():
    class NoEnter:
        def __exit__(self, *a): pass
    with NoEnter():
        pass
def j():
    with CM("r", suppress=True):
        return "from with"
for fn in (a, b, c, d, e, f, g, h, i, j):
    print("==", fn.__name__)
    run(fn)
