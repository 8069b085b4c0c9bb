# The second line of a condition in parentheses raises: its line is reported, not the if's.
def check(values, limit):
    count = 0
    for v in values:
        if (v > 0 and
                limit / v > 1):
            count += 1
    return count


print(check([3, 2, 1], 5))
print(check([3, 0, -1], 0))
print(check([None], 5))
