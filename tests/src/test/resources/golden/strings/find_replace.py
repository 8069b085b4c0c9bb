s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("o", 5, 8))
print(s.rfind("hello"), s.rfind("o"), s.rfind("xyz"), s.rfind("l", 0, 5))
print(s.index("world"), s.index("o"), s.index("o", 5))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 0, 10), "aaaa".count("aa"))
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("l", ""), s.replace("", "-")[:12])
print("aaa".replace("a", "bb"), "abc".replace("x", "y"), "".replace("", "z"))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("python"), s.endswith("hello"), s.endswith(("on", "zz")), s.endswith("world", 0, 11))
print("abc".find("c", -1), "abc".find("a", -10), "abc".startswith(""), "abc".endswith(""))
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
print("mississippi".replace("ss", "SS"), "mississippi".count("ss"), "mississippi".find("ss", 3))
