def digits(n):
    return [int(c) for c in str(abs(n))]
def is_armstrong(n):
    d = digits(n)
    return sum(x ** len(d) for x in d) == n
print([n for n in range(1, 10000) if is_armstrong(n)])
def perfect(limit):
    return [n for n in range(2, limit) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect(10000))
def lcm(a, b):
    x, y = a, b
    while y:
        x, y = y, x % y
    return a * b // x
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print(acc)
def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = chars[r] + out
    return "-" * neg + out
for b in [2, 3, 7, 16, 36]:
    print(b, to_base(2024, b), to_base(-255, b), int(to_base(10 ** 20, b), b) == 10 ** 20)
