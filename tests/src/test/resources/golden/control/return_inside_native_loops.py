# A return inside a loop that tier 2 runs natively: the region leaves with the value (an int, a
# float, a bool or None), the locals written so far go back to the frame, and the function returns
# it, from nested loops too; returns of different types, and an int overflow before the return,
# leave the loop to tier 1.
def is_prime(n):
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def find_first(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1

def find_item(xs, limit):
    for x in xs:
        if x > limit:
            return x * 0.5
    return None

def first_pair(n, s):
    for a in range(1, n):
        for b in range(a, n):
            if a * a + b * b == s:
                return a * 1000 + b
    return 0

def scan_none(xs):
    total = 0
    for x in xs:
        if x < 0:
            return
        total += x
    print("total", total)

def is_palindrome(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True

def mixed(xs):
    for x in xs:
        if x == 7:
            return 7
        if x == 8:
            return 8.5
    return 0

def overflow_then_return(n):
    p = 1
    for i in range(n):
        p *= 3
        if p > 10 ** 40:
            return p
    return p

print(is_prime(1000000007), is_prime(1000000007 * 3), is_prime(2 ** 61 - 1))
xs = list(range(100000))
print(find_first(xs, 99999), find_first(xs, -5), find_first(xs, 500))
fl = [i * 0.25 for i in range(100000)]
print(find_item(fl, 20000.0), find_item(fl, 1e9))
print(first_pair(3000, 5 ** 2 * 13 ** 2 * 2), first_pair(300, 7))
scan_none(xs); print(scan_none([1, 2, -3] * 100))
print(is_palindrome("ab" * 5000 + "ba" * 5000), is_palindrome("ab" * 5000 + "bb" * 5000))
print(mixed([1] * 1000 + [7]), mixed([1] * 1000 + [8]), mixed([1] * 1000))
print(overflow_then_return(200), overflow_then_return(5))
