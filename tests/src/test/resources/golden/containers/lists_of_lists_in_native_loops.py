# Loops over lists of lists (matrices, grids): rows[i][j] loads and stores,
# a row bound to a local, negative row indexes, len() of the rows, and what
# tier 1 must see when a loop leaves early.


def matmul(a, b):
    n = len(a)
    m = len(b[0])
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                ci[j] += aik * bk[j]
    return c


def matmul_indexed(a, b):
    n = len(a)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c


def life_step(grid, out):
    h = len(grid)
    w = len(grid[0])
    for y in range(h):
        for x in range(w):
            up = grid[y - 1]
            down = grid[(y + 1) % h]
            row = grid[y]
            live = (up[x - 1] + up[x] + up[(x + 1) % w] + row[x - 1] + row[(x + 1) % w]
                    + down[x - 1] + down[x] + down[(x + 1) % w])
            if row[x] == 1:
                out[y][x] = 1 if live == 2 or live == 3 else 0
            else:
                out[y][x] = 1 if live == 3 else 0


def last_rows(rows):
    total = 0
    for i in range(1, len(rows) + 1):
        total += rows[-i][-1] * i
    return total


def find_row(rows, target):
    # A side exit (the index runs past the rows) after a row was bound.
    found = -1
    i = 0
    row = rows[0]
    while True:
        row = rows[i]
        if row[0] == target:
            found = i
            break
        i += 1
    return found, row


def overflow_in_row(rows):
    for k in range(60):
        for r in range(len(rows)):
            rows[r][0] = rows[r][0] * 3 + 1
    return rows[0][0], rows[-1][0]


def aliased():
    rows = [[0] * 4] * 3
    for i in range(3):
        for j in range(4):
            rows[i][j] += i + j
    return rows


def mixed_rows(rows):
    total = 0.0
    for i in range(len(rows)):
        for j in range(len(rows[i])):
            total += rows[i][j]
    return total


def main():
    n = 24
    a = [[float(i * n + j) / n for j in range(n)] for i in range(n)]
    b = [[float((i - j) % 7) for j in range(n)] for i in range(n)]
    for _ in range(3):
        c = matmul(a, b)
        d = matmul_indexed(a, b)
    print(sum(c[3]), sum(d[3]), c == d, c[n - 1][n - 1])

    grid = [[1 if (x * x + y * 5 + x * y) % 7 < 3 else 0 for x in range(20)] for y in range(12)]
    for _ in range(30):
        out = [[0] * 20 for _ in range(12)]
        life_step(grid, out)
        grid = out
    print(sum(sum(r) for r in grid), grid[5])

    print(last_rows([[i, i * 2, i * 3] for i in range(500)]))
    rows = [[i % 50, i] for i in range(3000)]
    print(find_row(rows, 49))
    try:
        find_row(rows, 99)
    except IndexError as e:
        print("IndexError:", e)
    print(overflow_in_row([[1], [2], [3]]))
    print(aliased())
    print(mixed_rows([[1.5, 2.5], [3.5]] * 200), mixed_rows([[1, 2], [3]] * 200))
    print(mixed_rows([[1, 2], [0.5]] * 200))
    try:
        mixed_rows([[1, 2], 3] * 200)
    except TypeError as e:
        print("TypeError:", e)


main()
