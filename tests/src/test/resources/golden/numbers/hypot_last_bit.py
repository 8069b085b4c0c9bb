# math.hypot and math.dist as CPython computes them (its own vector norm, not C's hypot):
# the results agree to the last bit, which repr shows.
import math

state = 2024


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    k = state >> 40
    m = (state >> 11) / 2 ** 53
    kind = k % 8
    if kind < 5:
        return (m - 0.5) * 20
    if kind < 7:
        return (m - 0.5) * 10.0 ** ((k >> 4) % 600 - 310)
    return m * 1e-310


for n in (2, 2, 2, 3, 5):
    print(n, [math.hypot(*[rnd() for _ in range(n)]) for _ in range(12)])
print([math.dist([rnd(), rnd()], [rnd(), rnd()]) for _ in range(8)])
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(True, 2), math.hypot(10 ** 20, 1))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-math.inf, 0))
print(math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308), math.hypot(2.2250738585072014e-308, 1e-310))
print(math.hypot(*range(1, 40)), math.dist((1, 2, 3), [4.5, 6, -7.25]))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
