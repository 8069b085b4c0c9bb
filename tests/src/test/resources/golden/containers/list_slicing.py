a = list(range(10))
print(a[2:7], a[-3:], a[:-7], a[::2], a[::-3], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b = a[:]
b[2:5] = []
print(b)
b = a[:]
b[1:1] = [10, 20, 30]
print(b)
b = a[:]
b[::2] = "abcde"
print(b)
b = a[:]
b[::-3] = [0, 0, 0, 0]
print(b)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[1:3]
print(b)
b = a[:]
del b[-1]
del b[0]
print(b)
b = a[:]
b[len(b):] = [99]
print(b)
b[:0] = [-1]
print(b)
b[:] = [1, 2]
print(b)
c = a[:]
c[3:6] = range(3)
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
s = slice(1, 8, 3)
print(a[s], s, slice(5), slice(None, None, -1), a[slice(None, None, -1)])
print(s.start, s.stop, s.step)
