# A generator that only a function's local holds is closed when CPython's reference count
# drops it: when the variable is rebound or the function returns (its finally blocks run then);
# one that escapes (stored, returned) stays open until the program ends.


def early(tag, n=2):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", tag)


def local_next():
    g = early("local next")
    print(next(g))
    return "ret"


def local_loop():
    g = early("local loop", 5)
    for x in g:
        if x == 1:
            break
    print("loop broke")
    return next(g)


def rebound():
    g = early("first")
    next(g)
    g = early("second")
    next(g)
    print("rebound done")


def escapes(keep):
    g = early("escaped")
    next(g)
    keep.append(g)


def returned():
    g = early("returned")
    next(g)
    return g


def genexp():
    g = (x * 2 for x in early("inner of genexp", 3))
    return next(g)


def send_close():
    g = early("sent")
    next(g)
    g.close()
    print("closed explicitly")


print(local_next())
print(local_loop())
rebound()
kept = []
escapes(kept)
print("kept", len(kept))
r = returned()
print("returned", next(r))
print(genexp())
send_close()


print("end")
