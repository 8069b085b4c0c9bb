# The deepest recursion that passes, where native code calls itself and other
# compiled functions: every frame counts against the limit exactly as in CPython.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ping(n):
    if n == 0:
        return 0
    return pong(n - 1) + 1


def pong(n):
    if n == 0:
        return 0
    return ping(n - 1) + 2


def from_a_call(n):
    return depth(n) + fib(5)


def from_a_loop(n):
    t = 0
    for k in range(2):
        t += depth(n - k)
    return t


def deepest(f, start, stop):
    best = None
    for n in range(start, stop):
        try:
            f(n)
            best = n
        except RecursionError as e:
            return best, str(e)
    return best, "no error"


for warm in range(40):
    depth(25)
    fib(10)
    ping(20)
    from_a_loop(10)

for limit in (1000, 1500, 400):
    sys.setrecursionlimit(limit)
    print(limit, "depth", deepest(depth, limit - 30, limit + 30))
    print(limit, "ping", deepest(ping, limit - 30, limit + 30))
    print(limit, "from a call", deepest(from_a_call, limit - 30, limit + 30))
    print(limit, "from a loop", deepest(from_a_loop, limit - 30, limit + 30))
    print(limit, "values", depth(limit - 40), ping(limit - 41), fib(18))
