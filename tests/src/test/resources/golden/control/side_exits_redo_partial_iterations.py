# Side exits in the middle of an iteration whose paths write different locals: tier 2 copies a
# local into its snapshot only where a path first writes it (or at the loop's head), and leaves the
# locals the iteration assigns before reading them as the failed attempt left them. Tier 1 then
# redoes the iteration; nothing may count twice or go missing.
import math


def conditional_accumulators(n):
    count = 0
    total = 0
    last = 0
    k = 1
    while k < n:
        if k % 3 == 0:
            count += 1
            last = k
            total = total * 5 + k      # overflows into big ints after a while
        k += 1
    return count, last, total % 1000003, total.bit_length()


def written_again_after_the_join(n):
    a = 0
    b = 1
    for i in range(n):
        if i % 3 == 0:
            a += 1
        a += i
        if i % 5:
            b = b * 3
        else:
            b = b + 1
    return a, b % 999983, b.bit_length()


def continue_and_break_paths(n):
    s = 0
    t = 0
    p = 1
    for i in range(n):
        if i % 4 == 0:
            s += i
            continue
        if i % 7 == 0:
            t += 1
            if t > 20:
                break
        p = p * 3 + 1
    return s, t, p % 1000033, p.bit_length()


def nested_loop_writes(n):
    acc = 0
    big = 1
    k = 0
    while k < n:
        j = 0
        while j < 5:
            if (k + j) % 3 == 0:
                acc += k * j
            j += 1
        big = big * 7 + k
        k += 1
    return acc, big % 1000037, big.bit_length()


def temporaries(n):
    e = -1
    x = 1
    for i in range(n):
        d = i * i
        if d > 50:
            e = d - 50
        x = x * 2 + 1
    return d, e, x.bit_length()


def float_paths(values):
    pos = 0.0
    neg = 0.0
    seen = 0
    for v in values:
        if v >= 0:
            pos += math.sqrt(v)
            seen += 1
        else:
            neg += v
    return round(pos, 6), neg, seen


def float_to_int_paths(values):
    whole = 0
    frac = 0.0
    for v in values:
        if v > 1.0:
            frac += v - math.floor(v)
            whole += int(v)
        else:
            frac += v
    return whole, round(frac, 6)


def enumerate_paths(xs):
    s = 0
    p = 1
    for i, v in enumerate(xs, 5):
        if v > 0:
            s += i * v
            continue
        p = p * 3 + i
    return s, p % 1000003, p.bit_length()


def zip_paths(xs, ys):
    hi = 0
    lo = 0
    for x, y in zip(xs, ys):
        if x > y:
            hi = hi * 5 + x
        else:
            lo += y - x
    return hi % 999979, hi.bit_length(), lo


def float_in_register_copied_where_written(n):
    # f is kept in a float register as well; the copy into its snapshot must come before the
    # subtraction that writes it, or the side exit of the shift would restore the new value.
    f = 3.0
    g = 0.0
    h = 0
    for k in range(n):
        g = f / 2.0 + 0.25
        if k % 3 == 0:
            f -= g
            h += (k << 70) % 7
    return f, g, h


def redo_after_exit_each_way(n):
    # Every path of the iteration can fail after writing: the big ints come at different times.
    a = 1
    b = 1
    c = 0
    for i in range(n):
        if i % 2:
            a = a * 11
            c += 1
        else:
            b = b * 13
            c -= 1
        c += a % 7 + b % 5
    return a.bit_length(), b.bit_length(), c


print(conditional_accumulators(200))
print(conditional_accumulators(5000))
print(written_again_after_the_join(120))
print(continue_and_break_paths(300))
print(continue_and_break_paths(60))
print(nested_loop_writes(80))
print(temporaries(100))
print(float_paths([1.0, -2.0, 4.0, 9.0, -0.5, 16.0] * 300))
try:
    print(float_paths([1.0, 4.0, float("nan"), -3.0, float("-inf"), 2.0] * 100 + [float("inf")] * 50 + [-1.0]))
except ValueError as e:
    print("ValueError", e)
print(float_to_int_paths([1.5, 0.25, 3.75] * 100))
try:
    print(float_to_int_paths([1.5, 0.25, 3.75] * 100 + [float("inf")]))
except OverflowError as e:
    print("OverflowError", e)
print(redo_after_exit_each_way(200))
print(enumerate_paths([1, -1, 2, -2, 0] * 60))
print(float_in_register_copied_where_written(40))
print(zip_paths(list(range(300)), [150] * 200 + [7] * 90))

# At module level the locals are globals: the exception leaves them as tier 1 would.
hits = 0
total = 0
try:
    for i in range(100):
        if i % 3 == 0:
            hits += 1
        total += 100 // (50 - i)
except ZeroDivisionError:
    print("ZeroDivisionError at", i, hits, total)
acc = 0.0
whole = 0
try:
    for v in [0.5, 2.5, 7.25] * 50 + [float("nan")]:
        if v > 1.0 or v != v:
            whole += int(v)
        acc += v
except ValueError as e:
    print("ValueError", e, whole, acc)


def first_iteration_fails(z):
    for i in range(3):
        y = 7 // z
    return y


try:
    first_iteration_fails(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
