# List comprehensions over ranges and lists of numbers run natively: each is a loop appending to
# its result, resumed by tier 1 at the right item after a side exit.
import math

xs = [((i * 7919) % 1000) / 1000.0 for i in range(20000)]
print(len(xs), sum(xs), xs[:3], xs[-1])

squares = [i * i for i in range(5000)]
evens = [v // 2 for v in squares if v % 2 == 0]
print(len(evens), sum(evens), evens[-1])

pairs = [i * 100 + j for i in range(60) for j in range(i, 60) if (i + j) % 3 == 0]
print(len(pairs), sum(pairs))

roots = [math.sqrt(x) + 0.5 for x in xs]
print(round(sum(roots), 6))

clipped = [min(max(x, 0.25), 0.75) for x in xs]
print(round(sum(clipped), 6))

scaled = [int(x * 255) for x in xs]
print(sum(scaled), max(scaled))


def table(n):
    return [i * 3 + 1 for i in range(n) if i % 7 != 3]


print(len(table(10000)), table(10000)[-1])

# An int that outgrows 64 bits mid-comprehension, and a zero divisor: tier 1 goes on or raises.
grow = [3 ** 30 * i * i * i for i in range(3000)]
print(grow[-1], len(grow))
try:
    bad = [1000 // (i - 2500) for i in range(3000)]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
mixed = [i if i < 2500 else i * 0.5 for i in range(3000)]
print(mixed[2499], mixed[2500], len(mixed))
nested = [[j * i for j in range(5)] for i in range(2000)]
print(nested[-1], len(nested))
words = [str(i) for i in range(1500)]
print(words[-1], len(words))
