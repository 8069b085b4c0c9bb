# % takes any subscriptable right operand but a tuple or str as a mapping (so '%(a)s' looks
# the key up in it, and no error for unused arguments), as CPython does.
class M:
    def __getitem__(self, k):
        return k * 2
for f, a in [("%(ab)s", M()), ("x", [1]), ("%(a)s", [1]), ("%s", [1]), ("%s %s", [1]), ("x", {1: 2}), ("x", range(3)), ("x", 5), ("%(k)s", {"k": 1})]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
