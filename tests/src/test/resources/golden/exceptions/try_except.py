def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("abc")
    if kind == "attr":
        return None.foo
    if kind == "name":
        return undefined_name
    return "ok"
for kind in ["zero", "key", "index", "type", "value", "attr", "name", "none"]:
    try:
        result = risky(kind)
    except ZeroDivisionError as e:
        print(kind, "ZeroDivisionError", e)
    except (KeyError, IndexError) as e:
        print(kind, "lookup", type(e).__name__, e)
    except TypeError as e:
        print(kind, "TypeError", e)
    except Exception as e:
        print(kind, "other", type(e).__name__, e)
    else:
        print(kind, "no error", result)
    finally:
        print(kind, "finally")
try:
    raise ValueError("plain")
except:
    print("bare except caught")
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError as e:
    print("outer caught", repr(e))
try:
    x = 1
except Exception:
    pass
else:
    print("else runs", x)
def handler_order():
    try:
        raise ZeroDivisionError("z")
    except ArithmeticError as e:
        return "ArithmeticError handler: " + str(e)
    except ZeroDivisionError:
        return "never"
print(handler_order())
e = "before"
try:
    raise RuntimeError("bound")
except RuntimeError as e:
    print(e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
