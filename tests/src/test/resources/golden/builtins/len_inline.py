# len() of str, list, tuple and dict is read inline by compiled calls: one call site sees every
# kind, short and long strings with and without characters outside the BMP, and the objects that
# still go through the builtin (ranges, sets, views, __len__, errors).
def total(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t


class Sized:
    def __len__(self):
        return 7


short = "héllo"
astral = "a😀b"
long_plain = "x" * 40
long_astral = "😀" * 20 + "y" * 20
data = [[1, 2], (3,), {"a": 1, "b": 2}, short, astral, long_plain, long_astral, "", [], ()]
for _ in range(2000):
    r = total(data)
print(r, [len(x) for x in data])
print(total([range(4), {1, 2}, frozenset([1]), {"k": 1}.keys(), Sized(), "😀" * 33]))
for bad in (5, None, 2.5):
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len([1], [2])
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
