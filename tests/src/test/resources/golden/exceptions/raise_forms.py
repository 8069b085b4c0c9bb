try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), str(e))
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    try:
        raise ValueError("low level")
    except ValueError as e:
        raise RuntimeError("high level") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise TypeError("t") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
err = IndexError("stored")
try:
    raise err
except IndexError as e:
    print(e is err)
for exc in [ZeroDivisionError("z"), OverflowError("o"), NotImplementedError("n"), RecursionError("r"), AssertionError("a"), StopIteration(5), KeyboardInterrupt(), SystemExit(2), UnboundLocalError("u")]:
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args)
