class Obj:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    def method(self):
        return "method result"
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "default"), getattr(o, "method")())
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(Obj, "method"), hasattr(o, "__init__"), hasattr(5, "real"))
setattr(o, "y", 2)
setattr(o, "x", 10)
print(o.x, o.y, getattr(o, "y"))
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"])
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Obj, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr([1, 2], "count")(1), getattr("abc", "upper")(), getattr(str, "lower")("XY"))
print(hasattr([], "append"), hasattr({}, "keys"), hasattr("", "nope"))
delattr(o, "y") if False else None
print(getattr(o, "y", None))
