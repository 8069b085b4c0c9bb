# BaseException.add_note (PEP 678, new in 3.11): notes collect in __notes__ and print after the
# exception's line of an uncaught exception's traceback.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("while computing the ratio")
        e.add_note("of the second row")
        raise
except ZeroDivisionError as e:
    print(e.__notes__)

e = ValueError("bad")
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print(t)
print("%a {!a}".format("é") % "é")


def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note(f"in field {text!r}")
        raise


parse("12")
parse("x1")
