# CPython's compiler warns (on stderr, before the program runs) about "is" with a literal and
# about calling or subscripting a literal; the program then runs normally.
x = 5
print(x is 5, x is not (), x is None, x is True, x is ..., -1 is x, x is -1, x is 1 + 2, x is (None,))
print("a" is x, 1 < x is 2, x is "b" is x)


def never_called(y):
    if y:
        return [1, 2](3), {1}[0], (z for z in [])[0], "abc"["a"], (1, 2)[1.0], [y][None], f"a"[1.5]
    a = y[1.5], [1][1:2], [1][True], (lambda: 1)[0], (lambda: 1)(), f"{y}"(), None(), (1, 2)()
    assert (y, "message")
    assert ()
    assert (1, 2)
    b = [1] if y is 0 else [2 for q in [3][1.0] if q is 4]
    [1][2.0] = y
    del [y][3.0]
    c = {k: [y][4.0] for k in [5][6.0]}
    return a, b, c


class K:
    attr = 1 is x
    def method(self):
        return 7.5[0]


print(K.attr, "done")
