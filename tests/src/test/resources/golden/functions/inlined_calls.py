# Calls of small functions (straight-line assignments, then a return), which tier 2 lowers in
# place of the call: side exits inside the inlined body, rebinding the function or a builtin it
# calls, locals that shadow builtins, unbound locals, globals, and the recursion limit at a call
# that is inlined.


def a_elem(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def row_sums(n):
    sums = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += a_elem(i, j) * (j + 1)
        sums.append(acc)
    return sums


print([round(x, 9) for x in row_sums(40)[:5]])


def inv(x):
    return 1.0 / x


def fill(out, xs):
    for k in range(len(xs)):
        out[k] = inv(xs[k]) + out[k]


xs = [float(k - 500) for k in range(1000)]
out = [1.0] * 1000
try:
    fill(out, xs)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, out[499], out[500], out[501])


def sq(x):
    return x * x


def squares(x, n):
    total = 0
    for _ in range(n):
        total += sq(x)
        x += 1000000000
    return total


print(squares(1, 20), squares(3037000490, 3))


def twice(a, b):
    a = a * 2
    a += b
    return a - b


def clamp(x):
    return 0 if x < 0 else x


def mixes(n):
    t = 0
    for k in range(-n, n):
        t += twice(k, 7) + clamp(k - 3) + clamp(twice(k, -k))
    return t


print(mixes(300))


def with_abs(x):
    y = abs(x)
    return y + 1


def shadow(x):
    abs = 3
    return x + abs


def use_abs(n):
    t = 0
    for k in range(-n, n):
        t += with_abs(k) + shadow(k)
    return t


print(use_abs(200))


def abs(x):
    return 42


print(use_abs(200))
del abs
print(use_abs(200))

SCALE = 3


def scaled(x):
    return x * SCALE


def use_scaled(n):
    t = 0
    for k in range(n):
        t += scaled(k)
    return t


print(use_scaled(500))
SCALE = 5
print(use_scaled(500))


def unbound(x):
    y = x + z
    z = 1
    return y


def use_unbound(n):
    t = 0
    for k in range(n):
        t += unbound(k)
    return t


try:
    use_unbound(100)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def plus(x):
    return x + 1


def minus(x):
    return x - 1


def swap_calls(n):
    t = 0
    for k in range(n):
        t += plus(k)
    return t


print(swap_calls(1000))
plus = minus
print(swap_calls(1000))


def leaf(n):
    return n + 1


def down(n):
    if n == 0:
        return leaf(n)
    return down(n - 1)


for depth in range(994, 1000):
    try:
        down(depth)
        print(depth, "ok")
    except RecursionError as e:
        print(depth, "RecursionError:", e)


def both(a, b):
    return a and b


def count_both(flags):
    c = 0
    for k in range(len(flags) - 1):
        if both(flags[k], flags[k + 1]):
            c += 1
    return c


print(count_both([k % 3 != 0 for k in range(3000)]))
