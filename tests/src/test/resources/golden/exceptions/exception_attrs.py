try:
    raise ValueError("a", "b")
except ValueError as e:
    err = e
print(err, err.args, repr(err), type(err).__name__, isinstance(err, Exception))
print(err.__cause__, err.__context__)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, repr(e), e.args, e.code)
e = KeyError("x")
print(str(e), repr(e), e.args[0])
print(str(StopIteration(3)), StopIteration(3).value, StopIteration().value)
print(str(SystemExit(4)), SystemExit(4).code, SystemExit().code, SystemExit("m").code)
