# `while i < n: ... i += 1` steps i without an overflow check in tier 2 when n is an int the body
# never assigns and nothing else assigns i: i + 1 <= n then. Every other shape keeps the check,
# and a side exit then hands tier 1 the big int.


def count_to(i, n):
    steps = 0
    while i < n:
        steps += 1
        i += 1
    return i, steps


def float_bound(i, n):
    # A float bound may lie above every 64-bit int: the step must still check.
    while i < n:
        i += 1
        if i > 2**63 + 3:
            break
    return i


def assigned_twice(i, n):
    while i < n:
        i += 1
        if i % 4 == 0:
            i = i * 3
    return i


def bound_moves(i, n):
    while i < n:
        i += 1
        n += 2
        if n > 2**63 - 4:
            break
    return i, n


def reversed_test(i, n):
    total = 0
    while n > i and total >= 0:
        total += i % 7
        i += 1
    return i, total


def mixed_paths(n):
    i = 0
    odd = 0
    big = 1
    while i < n:
        if i % 2:
            odd += 1
        else:
            big = big * 5 + odd
        i += 1
    return odd, big.bit_length(), big % 1000003


print(count_to(0, 100000))
print(count_to(2**63 - 20, 2**63 - 1))
print(count_to(-(2**63), -(2**63) + 5))
print(float_bound(2**63 - 6, 1e19))
print(float_bound(0, 1000.5))
print(assigned_twice(1, 2**62))
print(bound_moves(0, 2**63 - 100))
print(reversed_test(0, 5000))
print(mixed_paths(300))
