# Chained assignments (zr = zi = 0.0, a = b = i * 2) in compiled loops: the value is computed once,
# every name gets it, the first one's slot may be where it was computed.
def mandel_row(w, y):
    count = 0
    for px in range(w):
        cr = 2.0 * px / w - 1.5
        ci = y
        zr = zi = 0.0
        for it in range(50):
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            if zr * zr + zi * zi > 4.0:
                break
        else:
            count += 1
    return count, zr, zi

def chains(n):
    a = b = c = 0
    for i in range(n):
        a = b = i * 2
        c += a + b
        x = y = z = c % 7
        a += x - y + z
    return a, b, c, x, y, z

print(mandel_row(600, 0.3), chains(1000), chains(1))


# Items among the targets: each index is computed when its target is assigned, left to right.
def queens(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not d1[row + c] and not d2[row - c + n - 1]:
            cols[c] = d1[row + c] = d2[row - c + n - 1] = True
            count += queens(n, row + 1, cols, d1, d2)
            cols[c] = d1[row + c] = d2[row - c + n - 1] = False
    return count


def order(n):
    a = [0] * (n + 2)
    t = 0
    for k in range(n):
        i = a[i] = k % n
        a[i + 1] = j = i + 1
        t += a[i] + a[j] + i + j
    return t, a[:6]


print(queens(8, 0, [False] * 8, [False] * 15, [False] * 15), order(3000))
try:
    order_list = [0] * 3
    for k in range(5):
        order_list[k] = m = k
except IndexError as e:
    print("IndexError", e, order_list, m)
