print(True, False, type(True), type(False))
print(True == 1, False == 0, True is True, True + 1, isinstance(True, int))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool({0}), bool(None), bool(range(0)), bool(range(1)))
print(bool(), bool(True), bool(False), bool(10 ** 30), bool(float("nan")))
print(True and False, True or False, not True, True and 5, False or "x")
print(str(True), repr(False), int(True), float(False))
print(sum([True, True, False, True]))
print([True, False].count(True), True * "ab", False * "ab")
print(True > False, max(True, False), sorted([True, False, True]))
print({True: "a", 1: "b"})
print(hash(True), hash(False))
class Always:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Always()), bool(Sized()), not Always())
if Sized():
    print("truthy")
else:
    print("falsy")
