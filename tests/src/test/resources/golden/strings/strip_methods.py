for s in ["  hi  ", "\t\nhi\r\n", "xxhixx", "hi", "", "   "]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print(repr("  a b  ".strip(" ")), repr("...end...".rstrip(".")), repr("0012300".strip("0")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("hello".strip("")), repr("hello".strip("helo")))
print(repr("  x".lstrip(None)))
