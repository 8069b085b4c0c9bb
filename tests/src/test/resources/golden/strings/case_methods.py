for s in ["hello world", "HELLO", "Hello World", "mIxEd CaSe 123", "", "they're bill's friends", "ÉCOLE élève", "a1b2c3", "hello-world_foo bar"]:
    print(repr(s), s.upper(), s.lower(), s.title(), sep=" | ")
print("abc".upper().lower(), "ABC".title())
print("x".upper() == "X", "ß".upper(), "İ".lower() == "i̇")
