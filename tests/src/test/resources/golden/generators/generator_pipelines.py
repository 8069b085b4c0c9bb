def read_lines():
    text = "10\n20\nbad\n30\n\n40"
    for line in text.split("\n"):
        yield line
def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skipping", repr(line))
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(parse(read_lines()))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    for n in naturals():
        if n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1)):
            yield n
print(list(take(15, primes())))
print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
print(list(zip(take(3, naturals()), "abc")))
print(sum(take(100, naturals())))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(list(map(lambda t: t[0] * t[1], enumerate(take(4, naturals())))))
