i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 9:
        break
    print("odd", i)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print("not printed")
print("broke at", k)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
count = 0
outer = 0
while outer < 4:
    inner = 0
    while inner < outer:
        count += inner
        inner += 1
    outer += 1
print("count", count)
while False:
    print("never")
else:
    print("else of never-running while")
