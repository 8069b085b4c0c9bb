# Loops in functions whose locals closures share (cells): a comprehension or a
# lambda that reads a local makes it a cell, and the loop must read and write
# the cell's value as tier 1 does.


def scaled_sum(n):
    rows = [[0.0] * n for _ in range(3)]  # n is a cell now
    total = 0
    for i in range(n * 1000):
        total += i % n
    return total, len(rows)


def counter_closure(n):
    get = lambda: n
    total = 0
    for i in range(5000):
        total += i * n
        n += 1
    return total, n, get()


def assigned_in_loop():
    get = lambda: k
    for i in range(3000):
        k = i * 2
    return get()


def never_assigned():
    get = lambda: k
    for i in range(0):
        k = i
    try:
        return get()
    except NameError as e:
        return "NameError: " + str(e)


def overflow_cell(x):
    grow = lambda: x
    steps = 0
    while steps < 200:
        x = x * 3 + 1
        steps += 1
    return grow() % 1000003, x.bit_length()


def float_cell(scale):
    parts = [scale * i for i in range(3)]
    acc = 0.0
    for i in range(20000):
        acc += scale
        scale *= 0.9999
    return round(acc, 6), round(scale, 9), parts


def zero_division_in_loop(d):
    f = lambda: d
    total = 0
    for i in range(4000):
        total += 1000 // d
        d -= 1
    return total


print(scaled_sum(7))
print(counter_closure(3))
print(assigned_in_loop())
print(never_assigned())
print(overflow_cell(5))
print(float_cell(1.5))
try:
    zero_division_in_loop(2500)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
