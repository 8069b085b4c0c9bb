# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the attributes, str and args, and the
# subclass CPython picks for an errno when OSError itself is called.

for args in [(), ("x",), (2, "msg"), (2, "msg", "f"), (2, "msg", "f", None), (2, "msg", "f", None, "g"),
             (1, 2, 3, 4, 5, 6), ("a", "b"), ("a", "b", "c"), (2, "m", None), (2.0, "m"), (True, "m"), (2,)]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)

# The errno to subclass mapping only applies to OSError itself.
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 0, -1, 10 ** 30]:
    print(n, type(OSError(n, "x")).__name__)
print(type(OSError(2, "x", "f", None, "g")).__name__, type(OSError(2, "x", "f", None, "g", "h")).__name__)
e = PermissionError(2, "x")
print(type(e).__name__, e)
print(type(OSError.__new__(OSError, 13, "x")).__name__)

# The attributes are writable and the str follows them.
e = OSError(2, "x")
e.errno = 5
print(e, e.args)
e = OSError(2, "x", "f")
print(e.args)
e.filename = None
print(e)
e = OSError("x")
e.strerror = "s"
print(e)

# BlockingIOError's third argument is a count of characters written, not a file name.
print(BlockingIOError(11, "x", 5), BlockingIOError(11, "x", 5).args)
print(BlockingIOError(11, "x", "f"))


# A subclass that overrides __init__ parses the arguments it passes to OSError.__init__.
class AccessDenied(OSError):
    def __init__(self, path):
        super().__init__(13, "denied", path)


e = AccessDenied("/x")
print(repr(e), e, e.errno, e.filename, e.args)


class Quiet(OSError):
    def __init__(self, m):
        self.m = m


e = Quiet("zz")
print(repr(e), repr(str(e)), e.errno, e.args, e.m)


class Missing(FileNotFoundError):
    pass


print(repr(Missing(2, "x", "y")), Missing(2, "x", "y"), Missing("a"), Missing(2, "x").filename)

try:
    raise FileNotFoundError(2, "No such file or directory", "a.txt")
except OSError as e:
    print("caught", type(e).__name__, e, e.filename)

for make in [lambda: FileNotFoundError(a=1), lambda: OSError(2, "x", a=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

raise OSError(2, "No such file or directory", "missing.txt")
