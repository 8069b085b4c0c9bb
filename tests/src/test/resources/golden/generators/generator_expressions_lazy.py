def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
g = (x * 10 for x in noisy(3))
print("generator created")
print(next(g))
print("between")
print(list(g))
first_big = next(x for x in noisy(100) if x > 1)
print("first big", first_big)
print(any(x == 1 for x in noisy(5)))
print(all(x < 1 for x in noisy(5)))
