# Loops at module level: their variables are globals, which tier 2 keeps in its slots while a loop
# runs and writes back when it leaves (also at a side exit, with the iteration's start values).
import math
from math import sqrt

total = 0
acc = 0.0
for i in range(20000):
    total += i % 7
    acc += sqrt(i) * 0.5
print(total, acc, i)

# A while loop over globals, with break and else.
k = 0
steps = 0
while k < 100000:
    k += 3
    steps += 1
    if k > 90000:
        break
else:
    print("no break")
print(k, steps)

n = 0
while n < 5000:
    n += 1
else:
    print("while done", n)

# An int that outgrows 64 bits mid-loop: the loop leaves native code and tier 1 goes on with big ints.
big = 1
for j in range(200):
    big = big * 3 + j
print(big, j)

# A global whose type changes in the loop.
x = 0
for j in range(3000):
    if j == 2500:
        x = x + 0.5
    else:
        x = x + 1
print(x)

# Lists held by globals: item stores, reads and appends, iteration with and without enumerate.
squares = [0] * 1000
for j in range(1000):
    squares[j] = j * j
out = []
for j in range(1000):
    if squares[j] % 3 == 1:
        out.append(squares[j])
print(len(out), sum(out), out[-1])
s = 0
for v in squares:
    s += v
print(s, v)
weighted = 0
for idx, v in enumerate(squares, 1):
    weighted += idx * v
print(weighted, idx)
flags = [True] * 2000
for j in range(2, 2000):
    if flags[j]:
        m = j * j
        while m < 2000:
            flags[m] = False
            m += j
print(sum(flags), m)

# Calls of compiled functions from module level.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def scale(v):
    return v * 3 + 1


r = 0
for j in range(20):
    r += fib(j) + scale(j)
print(r)

# A variable first bound inside the loop, and one only bound on some iterations.
for j in range(3000):
    fresh = j * 2
    if j == 2999:
        last_only = j
print(fresh, last_only)

# math through the module, and a global float read (not written) by the loop.
scale_f = 0.25
h = 0.0
for j in range(1, 3000):
    h += math.log(j) * scale_f + math.fabs(-1.0)
print(f"{h:.6f}")

# A function reading a global the loop changes is not compiled; the loop stays exact.
counter = 0


def peek(v):
    return counter + v


seen = 0
for j in range(3000):
    counter += 1
    seen += peek(j)
print(counter, seen)

# A builtin shadowed after a loop compiled: the loop must call the new global.
def run(n):
    t = 0
    for q in range(n):
        t += abs(q - 50)
    return t


print(run(3000))
abs = lambda v: 1
print(run(3000))
del abs
print(run(300))

# A global loop bound read by a loop in a function.
LIMIT = 4000
STEP = 3


def below_limit():
    c = 0
    q = 0
    while q < LIMIT:
        q += STEP
        c += 1
    return c, q


print(below_limit())
LIMIT = 40000
STEP = 7
print(below_limit())
LIMIT = 5.5
print(below_limit())
