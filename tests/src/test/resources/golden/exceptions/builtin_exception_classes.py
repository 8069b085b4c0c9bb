# The OSError subclasses, Unicode errors, StopAsyncIteration and the warning classes: the hierarchy,
# catching through a base, and the simple constructor forms.

classes = [PermissionError, FileNotFoundError, FileExistsError, TimeoutError, ConnectionError,
           BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
           BlockingIOError, ChildProcessError, InterruptedError, IsADirectoryError, NotADirectoryError,
           ProcessLookupError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,
           StopAsyncIteration, Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
           SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
           ResourceWarning, EncodingWarning, EnvironmentError, IOError]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

for cls in [PermissionError, BrokenPipeError, TimeoutError, UserWarning, StopAsyncIteration, UnicodeError]:
    e = cls("boom")
    print(repr(e), str(e), e.args, repr(cls()), repr(cls(1, 2)))

for exc in [PermissionError("denied"), ConnectionResetError("reset"), IsADirectoryError(), TimeoutError(110, "t")]:
    try:
        raise exc
    except ConnectionError as e:
        print("ConnectionError", repr(e))
    except OSError as e:
        print("OSError", repr(e), e.errno)

try:
    raise DeprecationWarning("old")
except Warning as w:
    print("Warning", repr(w), isinstance(w, Exception))

try:
    raise UnicodeTranslateError("x", 0, 1, "bad")
except ValueError as e:
    print("ValueError", type(e).__name__, e)


class AppWarning(UserWarning):
    pass


print(issubclass(AppWarning, Warning), [c.__name__ for c in AppWarning.__mro__])

# The Unicode errors take CPython's fixed arguments.
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e), repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
print(UnicodeEncodeError("ascii", "h\xe9llo", 1, 3, "bad"))
print(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "bad"), UnicodeEncodeError("ascii", "a\U0001f600b", 1, 2, "bad"))
print(UnicodeEncodeError("ascii", "abc", 5, 9, "bad"), UnicodeEncodeError("ascii", "abc", True, 2, "bad"))
e = UnicodeTranslateError("h\u20acllo", 1, 2, "bad")
print(str(e), repr(e), e.object, e.start, e.end, e.reason)
for make in [lambda: UnicodeDecodeError("x"), lambda: UnicodeEncodeError("x"), lambda: UnicodeTranslateError("x"),
             lambda: UnicodeEncodeError(1, 2, 3, 4, 5), lambda: UnicodeEncodeError("a", "b", "x", 1, "r"),
             lambda: UnicodeEncodeError("a", "b", 0, 1, "r", x=1), lambda: UnicodeDecodeError("utf-8", "a", 0, 1, "r")]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

raise PermissionError("denied")
