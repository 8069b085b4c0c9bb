# An exception inside a generator expression that a native loop sums: tier 1
# redoes the iteration, so the traceback has the generator's frame.


def scaled(xs, n, d):
    total = 0
    for i in range(n):
        total += sum(x // (d - i) for x in xs)
    return total


print(scaled([4000, 8000, 15000], 3000, 4000))
print(scaled([4000, 8000, 15000], 3000, 2500))
