n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n, 0, -1):
    print("".join(str(j) for j in range(1, i + 1)))
for r in range(1, 10):
    print(" ".join(f"{r * c:2}" for c in range(1, 10)))
i = 0
total = 0
while i < 10:
    j = i
    while j < 10:
        total += j - i
        j += 2
    i += 1
print(total)
