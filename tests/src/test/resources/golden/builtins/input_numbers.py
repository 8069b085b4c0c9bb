n = int(input())
rows = []
for _ in range(n):
    a, b = input().split()
    rows.append((a, int(b)))
rows.sort(key=lambda r: (-r[1], r[0]))
for name, score in rows:
    print(f"{name:<6}{score:>4}")
print("best:", rows[0][0], "total:", sum(s for _, s in rows))
