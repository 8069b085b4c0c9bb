# str.maketrans and str.translate: replacing, deleting and keeping characters by code point, any
# mapping as the table, and CPython's errors.
def check(text, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(text, "->", r)


check("hippo", lambda: "hello".translate(str.maketrans("el", "ip")))
check("mixed table", lambda: "abc".translate({97: None, 98: "xy", 99: 100}))
check("three args", lambda: str.maketrans("ab", "cd", "e"))
check("delete", lambda: "a-b_c d".translate(str.maketrans("", "", "-_ ")))
check("dict keys", lambda: str.maketrans({"a": "b", 5: None}))
check("list table", lambda: "ab".translate(["x"] * 98))
check("bool value", lambda: "a".translate({97: True}))
check("astral", lambda: "a\U0001F600b".translate({0x1F600: "!", ord("b"): 0x1F601}))
check("empty", lambda: str.maketrans("", ""))
check("unequal", lambda: str.maketrans("ab", "c"))
check("one non-dict", lambda: str.maketrans(1))
check("long key", lambda: str.maketrans({"ab": 1}))
check("float key", lambda: str.maketrans({1.5: 1}))
check("int arg", lambda: str.maketrans("a", 1))
check("third int", lambda: str.maketrans("a", "b", 5))
check("no args", lambda: str.maketrans())
check("float value", lambda: "a".translate({97: 1.5}))
check("too big", lambda: "a".translate({97: 0x110000}))
check("negative", lambda: "a".translate({97: -1}))
check("no table", lambda: "a".translate())


class Table:
    def __getitem__(self, c):
        if c == ord("z"):
            raise KeyError(c)
        if c == ord("!"):
            raise ValueError("bad")
        return chr(c).upper()


check("custom table", lambda: "abz".translate(Table()))
check("custom error", lambda: "a!".translate(Table()))
