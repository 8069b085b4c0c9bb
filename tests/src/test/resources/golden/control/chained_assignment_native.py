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
