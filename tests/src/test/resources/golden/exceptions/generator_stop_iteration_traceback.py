# PEP 479: StopIteration escaping a generator becomes RuntimeError where the generator was
# resumed, so the RuntimeError's traceback starts in the caller.
def g():
    yield 1
    next(iter([]))
def h():
    return list(g())
h()
