# str case mappings as CPython 3.11 (Unicode 14) does them, for every code point: full mappings
# ("İ".lower() is two code points, "ß".title() is "Ss"), case folding, and the final sigma rule.
names = ["lower", "upper", "casefold", "title", "swapcase", "capitalize"]
changed = [0] * 6
digest = [0] * 6
for c in range(0x110000):
    if 0xD800 <= c < 0xE000:
        continue
    s = chr(c)
    results = [s.lower(), s.upper(), s.casefold(), s.title(), s.swapcase(), s.capitalize()]
    for k in range(6):
        r = results[k]
        if r != s:
            changed[k] += 1
            for ch in r:
                digest[k] = (digest[k] * 1000003 + c * 131 + ord(ch)) % 2305843009213693951
for k in range(6):
    print(names[k], changed[k], digest[k])

samples = ["İstanbul", "ß", "ﬁne", "ŉ", "ǅungla", "ᾈ", "ᾲ", "ς", "ı", "Ꭰꭰ", "ǰ", "ΐ", "აბ", "ƛɤ", "Ǳ"]
for s in samples:
    print(ascii(s), ascii(s.lower()), ascii(s.upper()), ascii(s.casefold()), ascii(s.title()), ascii(s.swapcase()), ascii(s.capitalize()))

# Σ lowers to ς only after a cased letter and not before one, case-ignorable code points skipped.
for s in ["ΣΑΣ", "aΣ", "aΣb", "a.Σ", "a'Σ ", "1Σ", "Σ", "aΣ.", "aΣ'b", "ὈΣ", "ǅΣ", "a\u0345Σ", "a\u0301Σ", "aΣ\u0301", "aΣ\u0301b", "ΣaΣ aΣ", "ΌΣΟΣ ΣΟΦΌΣ"]:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()), ascii(s.capitalize()), ascii(s.casefold()))
