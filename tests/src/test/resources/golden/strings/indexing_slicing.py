s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[9])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[slice(2, 6)], s[slice(None, None, 3)], s[slice(-1, None, -4)])
print(len(s), len(s[::3]))
for i in range(-len(s), len(s), 3):
    print(i, s[i], end="; ")
print()
u = "héllo wörld"
print(u[1], u[::-1], len(u), u.upper())
print("abc"[True], "abc"[False:])
print("x" * 5, 3 * "ab", "a" * 0, "a" * -1 == "", "ab" + "cd")
