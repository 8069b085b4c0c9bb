s = "Python"
for ch in s:
    print(ch, ord(ch), end=" ")
print()
print(list(s), tuple("ab"), sorted("banana"), set("aaa"))
print("th" in s, "x" not in s, s + "3", s * 2, len(s))
print(s == "Python", s != "python", s < "Pythons", s > "Pyth", "a" < "b" < "c")
print(min("hello"), max("hello"), "".join(sorted("hello", reverse=True)))
print(str(12), str(1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None))
print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", ord("€"), ord("\n"))
print("%" in "100%", "abc".__len__())
t = ""
for i in range(5):
    t += str(i) * i
print(t, len(t))
print("Hello"[::-1].lower().title())
print("a-b-c".split("-")[::-1], "-".join("a-b-c".split("-")[::-1]))
print(str(), repr(str()), str("already"))
