# Compiled functions read module constants as constants of their code; entering it checks that each
# still holds the value it had, so rebinding one sends the calls back to tier 1, never to stale code.
MOD = 1000000007
SCALE = 0.5
CUTOFF = 2
VERBOSE = False


def step(x):
    return (x * 31 + 7) % MOD


def hash_all(n):
    h = 0
    for i in range(n):
        h = step(h + i)
    return h


def fib(n):
    if n < CUTOFF:
        return n
    return fib(n - 1) + fib(n - 2)


def damp(v, times):
    for _ in range(times):
        v = v * SCALE + 1.0
        if VERBOSE:
            v += 1000.0
    return v


def total_damped(n):
    t = 0.0
    for i in range(n):
        t += damp(float(i % 10), 5)
    return t


print(hash_all(5000), fib(20), total_damped(3000))
MOD = 97
print(hash_all(5000))
SCALE = 0.25
VERBOSE = True
print(total_damped(3000))
CUTOFF = 3
print(fib(20))
MOD = 1000000007.0
print(hash_all(3000))
MOD = 2 ** 70
print(hash_all(3000))

# A module-level loop that assigns a global a function it calls reads: that function must see
# each new value, so the loop stays in tier 1 (or the function is not assumed constant).
K = 0


def plus_k(x):
    return x + K


s = 0
for i in range(5000):
    K += 1
    s += plus_k(i)
print(K, s)


def uses_k_in_loop(n):
    t = 0
    for i in range(n):
        t += plus_k(i)
    return t


print(uses_k_in_loop(4000))
K = -5
print(uses_k_in_loop(4000))
