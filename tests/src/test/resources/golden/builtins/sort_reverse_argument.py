# sort's reverse is parsed as a C int: ints, bools and objects with __index__ are accepted, None,
# floats, strings and lists raise TypeError, ints past 32 bits OverflowError; the list is unchanged.
class One:
    def __index__(self):
        return 1


data = [2, 3, 1]
for r in [0, 1, -3, True, False, One(), None, 1.5, "x", [], 2 ** 40, 2 ** 70]:
    for how in ("sorted", "list.sort"):
        items = list(data)
        try:
            result = sorted(items, reverse=r) if how == "sorted" else items.sort(reverse=r)
            print(how, repr(r) if not isinstance(r, One) else "One()", result, items)
        except (TypeError, OverflowError) as e:
            print(how, type(e).__name__, e, items)
