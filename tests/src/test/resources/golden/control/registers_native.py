# Locals that tier 2 keeps in registers as well as in their slots (float locals and ints updated in
# place, such as counters) must follow every write: across a recursive call of the function itself
# inside the loop (a call forgets the registers), and across a comprehension's own loop inside the
# loop body, which must leave the outer loop's registers alone.
def walk(depth, x):
    total = 0.0
    steps = 0
    for k in range(3):
        total = total * 0.5 + x
        steps += k
        if depth > 0:
            total += walk(depth - 1, x * 1.5 + k)
        steps += 1
        total = total + steps * 0.25
    return total + steps


def comp(n):
    x = 0.0
    t = 0.0
    s = 0
    for i in range(n):
        x = x * 0.5 + 1.0
        ys = [t * 2.0 + k for k in range(3)]
        t = t * 0.125 + ys[1] * 0.5
        s += i
        zs = [s + k for k in range(2)]
        s = s - zs[0] + zs[1] * 3
        x = x + ys[1] * 0.001
    return x, t, s


def counters(n):
    # Counters and sums updated in place, a product retargeted onto a local, and a while loop.
    j = 0
    total = 0
    prod = 1
    while j < n:
        total += j
        j += 1
        prod = (prod * 3) % 1000003
        total = total - prod % 7
    k = 0
    for m in range(n, 0, -3):
        k += m
        k = k * 2 % 999983
    return j, total, prod, k


print(walk(4, 1.0), comp(50))
print(counters(1000), counters(0), counters(7))
