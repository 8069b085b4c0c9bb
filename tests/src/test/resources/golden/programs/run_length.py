def encode(s):
    if not s:
        return []
    out = []
    cur, n = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append((cur, n))
            cur, n = ch, 1
    out.append((cur, n))
    return out
def decode(pairs):
    return "".join(c * n for c, n in pairs)
for s in ["aaabccdddd", "", "abc", "zzzzzzzzzzzz", "aabbaa"]:
    e = encode(s)
    print(repr(s), e, "".join(f"{n}{c}" for c, n in e), decode(e) == s)
def look_and_say(s):
    return "".join(f"{n}{c}" for c, n in encode(s))
x = "1"
for _ in range(10):
    print(x)
    x = look_and_say(x)
print(len(x))
