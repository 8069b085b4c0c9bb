def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
gen_vals = [next(g) for _ in range(30)]
print(all(fib_iter(i) == fib_memo(i) == gen_vals[i] for i in range(30)))
print(fib_iter(100), fib_memo(300))
print([i for i in range(60) if fib_iter(i) % 10 == 0])
print(sum(x for x in gen_vals if x % 2 == 0))
