# An uncaught exception of a class nested in another is named by its qualified name, and one
# whose __module__ is not __main__ by its module too.
class Parser:
    class Error(ValueError):
        pass


class Remote(Exception):
    pass


Remote.__module__ = "service.api"
try:
    raise Remote("timeout")
except Remote as e:
    print(type(e).__qualname__, type(e).__module__, repr(e))
raise Parser.Error("unexpected token")
