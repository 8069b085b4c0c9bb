parts = []
for i in range(10):
    parts.append(str(i) * (i % 4))
print(parts, "".join(parts), len("".join(parts)))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s), repr(s.rstrip()))
table = ""
for r in range(1, 5):
    table += " ".join(f"{r * c:3}" for c in range(1, 6)) + "\n"
print(table, end="")
print("-" * 20, "=" * 0, "ab" * 3)
print(str(3) + str(4.5) + str(None) + str([]) + str(True))
