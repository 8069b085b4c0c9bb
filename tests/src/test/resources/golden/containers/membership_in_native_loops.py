# x in xs and x not in xs for lists of ints and floats inside compiled loops:
# equality by value as CPython compares (an int with floats exactly, -0.0 with
# 0.0), the list as it is at each test.


def primes_below(n):
    found = [2]
    for x in range(3, n, 2):
        composite = False
        for p in found:
            if p * p > x:
                break
            if x % p == 0:
                composite = True
                break
        if not composite:
            found.append(x)
    return found


def hits(n, small):
    count = 0
    for i in range(n):
        if i % 37 in small:
            count += 1
        if (i * 7) % 11 not in small:
            count += 2
        count += (i % 5 in small) + (True in small)
    return count


def floats(n, xs):
    count = 0
    for i in range(n):
        count += (i * 0.5 in xs) + (i % 4 in xs) + (-0.0 in xs)
    return count


def late_nan(n, xs):
    # The list's NaN is another object than the one tested: not in it.
    nan = float("nan")
    count = 0
    x = 0.0
    for i in range(n):
        if i > 2500:
            x = nan
        count += x in xs
    return count


def grown(n):
    seen = [0]
    count = 0
    for i in range(n):
        if i % 9 not in seen:
            count += 1
        if len(seen) < 10:
            seen.append(i)
    return count, seen


primes = primes_below(2000)
print(len(primes), primes[-3:])
print(hits(3000, [1, 3, 5, 7, 9, 36]))
print(floats(3000, [0.0, 1.5, 3.0, 2.5]))
print(late_nan(3000, [0.0, float("nan"), 1.0]))
nan = float("nan")
print(nan in [1.0, nan], [nan].count(nan))
print(grown(3000))
