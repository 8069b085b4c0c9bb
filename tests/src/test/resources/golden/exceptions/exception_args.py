samples = [Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None), ValueError([1, 2]),
           KeyError("key"), KeyError(1), KeyError(), KeyError("a", "b"), IndexError("list index out of range"),
           TypeError("bad", 3), StopIteration(), StopIteration("v"), ZeroDivisionError("division by zero")]
for e in samples:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("x")
e.args = ("changed",)
print(e)
print(str(KeyError("it's")), repr(KeyError("it's")))
print(Exception("a") == Exception("a"))
