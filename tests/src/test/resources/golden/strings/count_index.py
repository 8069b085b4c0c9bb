s = "abracadabra"
for sub in ["a", "ab", "abra", "z", "", "ra"]:
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub))
print(s.index("c"), s.index("a", 1), s.index("a", 4, 8))
print([i for i in range(len(s)) if s.startswith("a", i)])
print(s.replace("a", "A", 2), s.upper().count("A"), s.split("a"))
print("".join(sorted(set(s))), {c: s.count(c) for c in sorted(set(s))})
