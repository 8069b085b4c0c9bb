def level(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        return level(n - 1)
    except KeyError as e:
        if n < 2:
            print("level", n, "re-raising", e)
            raise
        print("level", n, "handled", e)
        return n
    finally:
        print("level", n, "finally")
print("result", level(4))
try:
    try:
        [][0]
    except IndexError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, "cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        try:
            1 / 0
        except ZeroDivisionError as inner:
            print("inner context:", repr(inner.__context__))
            raise
except ZeroDivisionError as outer:
    print("outer:", outer, "context:", repr(outer.__context__))
