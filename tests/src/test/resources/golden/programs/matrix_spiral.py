def spiral(n):
    m = [[0] * n for _ in range(n)]
    r, c, dr, dc = 0, 0, 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for n in [1, 3, 5]:
    for row in spiral(n):
        print(" ".join(f"{v:2}" for v in row))
    print()
def rotate(m):
    return [list(row) for row in zip(*m[::-1])]
m = [[1, 2, 3], [4, 5, 6]]
print(rotate(m), rotate(rotate(m)), rotate(rotate(rotate(rotate(m)))) == m)
