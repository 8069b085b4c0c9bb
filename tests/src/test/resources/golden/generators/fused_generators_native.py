# Reductions of generator calls, which tier 2 fuses into one loop (producers run as the consumer
# asks for items), in statements of their own and inside loops; and the forms it leaves to tier 1.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(source):
    for x in source:
        yield x * x


def evens_then_odds(n):
    yield from range(0, n, 2)
    yield from (x for x in range(1, n, 2))


def fib_mod(m):
    a, b = 0, 1
    while True:
        yield a
        a, b = b, (a + b) % m


def take(source, k):
    for _ in range(k):
        yield next(source)


def scaled(source, factor, offset):
    for x in source:
        if x % 2 == 0:
            yield x * factor
        else:
            yield x + offset
    yield -1


def chain3(a, b, c):
    yield from count_up(a)
    yield from squares(count_up(b))
    yield from take(fib_mod(7), c)


def halves(n):
    while n > 0:
        yield n / 2
        n -= 1


def divide(source, d):
    for x in source:
        yield x // d


def leaves(depth, label):
    if depth == 0:
        yield label
    else:
        yield from leaves(depth - 1, 2 * label)
        yield from leaves(depth - 1, 2 * label + 1)


def walk(depth, step):
    # Recursion through a generator of another: fused into the sum, calling walk's sum.
    yield depth
    if depth > 0:
        yield from count_up(step)
        yield from walk(depth - 1, step + 1)


def main(n):
    s1 = sum(squares(count_up(n)))
    s2 = sum(x for x in evens_then_odds(n) if x % 3 == 1)
    s3 = sum(take(fib_mod(1000003), n))
    s4 = max(scaled(count_up(n), 3, 5))
    s5 = min(scaled(squares(count_up(n)), -1, 0))
    s6 = sum(chain3(n, n // 2, n // 3))
    s7 = sum(halves(n))
    print(s1, s2, s3, s4, s5, s6, s7)
    print(sum(leaves(10, 1)), sum(walk(n % 50, 1)))
    s8 = sum(leaves(12, n))
    s9 = sum(walk(n % 60, 2))
    print(s8, s9)
    total = 0
    for k in range(n // 10):
        total += sum(squares(count_up(k % 17)))
        total -= max(take(fib_mod(k + 2), k % 5 + 1))
        for v in evens_then_odds(k % 9):
            total += v
    print(total)


main(1000)
main(7)
print(sum(squares(take(count_up(3037000500), 3))))
# Squares beyond 64 bits: tier 1's big ints, after the native loop overflowed.
over = sum(squares(scaled(count_up(10), 1000000000, 0)))
print(over)
try:
    empty = max(squares(count_up(0)))
except ValueError as e:
    print("ValueError:", e)
try:
    q = sum(divide(count_up(5), 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    short = sum(take(count_up(3), 5))
except RuntimeError as e:
    print("RuntimeError:", e)
g = count_up(4)
first = next(g)
rest = sum(squares(g))
print(first, rest, sum(squares(g)))
# Deeper than the recursion limit: tier 1's RecursionError, after native code gave up.
try:
    deep = sum(leaves(5000, 1))
except RecursionError:
    print("RecursionError")


def listed(n):
    return [i * i for i in range(n)]


# A function that returns a list: the statement stays tier 1's.
from_list = sum(listed(10))
print(from_list, max(listed(4)))


def scaled_list(xs, k):
    for x in xs:
        yield x * k


def over_lists(data, n):
    t = 0
    for r in range(n):
        # The generator reads the caller's list and r, which its consumer never rebinds.
        t += sum(scaled_list(data, r))
        k = 3
        for v in scaled_list(data, k):
            t += v
            # Rebinding k leaves the generator's k as it was called.
            k = v
    return t, k


print(over_lists([3, 1, 4, 1, 5], 60))
