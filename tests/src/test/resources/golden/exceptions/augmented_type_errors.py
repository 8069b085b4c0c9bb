# A TypeError from x op= y names the augmented operator, whatever the target and the types.
class Box:
    pass


def local_cases():
    x = 1
    try:
        x ^= 1.5
    except TypeError as e:
        print("local", e)
    f = 2.0
    try:
        f <<= 1
    except TypeError as e:
        print("local", e)
    s = "a"
    try:
        s -= None
    except TypeError as e:
        print("local", e)
    try:
        s += 1
    except TypeError as e:
        print("local", e)
    try:
        s *= 1.0
    except TypeError as e:
        print("local", e)
    try:
        f **= "x"
    except TypeError as e:
        print("local", e)
    try:
        x @= x
    except TypeError as e:
        print("local", e)
    try:
        f //= [1]
    except TypeError as e:
        print("local", e)
    print(x, f, s)


g = 7
try:
    g |= 0.5
except TypeError as e:
    print("global", e)
xs = [1.0, None]
try:
    xs[0] &= 1
except TypeError as e:
    print("item", e)
try:
    xs[1] += 1
except TypeError as e:
    print("item", e)
b = Box()
b.v = 3
try:
    b.v %= "s"
except TypeError as e:
    print("attribute", e)
try:
    b >>= 1
except TypeError as e:
    print("instance", e)
try:
    print(g ^ 0.5)
except TypeError as e:
    print("plain", e)
local_cases()
