a = list(range(8))
a[1:3] = a[5:7]
print(a)
a[::-1] = list(range(8))
print(a)
a[2:2] = "xy"
print(a)
a[-2:] = []
print(a)
a[:3] = [a[:3]]
print(a)
del a[::3]
print(a)
b = [1, 2, 3, 4, 5, 6]
b[1::2] = [0, 0, 0]
print(b)
del b[:]
print(b)
c = list("hello")
c[1:4] = reversed(c[1:4])
print("".join(c))
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
