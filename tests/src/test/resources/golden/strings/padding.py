for s in ["7", "-7", "+7", "abc", "", "12345"]:
    print(repr(s.zfill(5)), repr(s.ljust(5)), repr(s.rjust(5)), repr(s.center(5)), repr(s.center(6, "*")))
print("x".ljust(4, "-") + "|", "x".rjust(4, "-"), "ab".center(7, "."), "abc".center(8, "="))
print("long string".ljust(3), "long".zfill(2), "-".zfill(3), "+".zfill(3))
print("a".center(2), "a".center(4), "ab".center(5), "abc".center(6))
