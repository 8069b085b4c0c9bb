def mandel(c, limit=50):
    z = (0.0, 0.0)
    zr, zi = z
    cr, ci = c
    for i in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return i
    return limit
chars = " .:-=+*#%@"
for y in range(12):
    line = ""
    for x in range(40):
        cr = -2.2 + x * 3.0 / 40
        ci = -1.2 + y * 2.4 / 12
        n = mandel((cr, ci))
        line += chars[min(n, 49) * len(chars) // 50]
    print(line.rstrip())
print(sum(mandel((-2.0 + x / 10, 0.0)) for x in range(30)))
