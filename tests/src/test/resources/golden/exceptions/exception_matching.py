def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"math {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError(), RuntimeError(), RecursionError(), NotImplementedError(), UnboundLocalError(), NameError(), AttributeError(), StopIteration(), AssertionError()]:
    print(classify(exc))
try:
    raise ValueError
except ValueError as e:
    print(type(e) is ValueError, e.args)
errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print("tuple variable", type(e).__name__)
