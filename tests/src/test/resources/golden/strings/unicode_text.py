words = ["naïve", "café", "日本語", "Ωmega", "straße", "😀x"]
for w in words:
    print(w, len(w), w.upper(), w[::-1], [ord(c) for c in w][:3])
print(sorted(words))
print("é" == "\u00e9", "\u03b1")
print("".join(chr(c) for c in range(0x3b1, 0x3b1 + 5)))
print(repr("日本"), ascii_free := "ok")
print("ü".isalpha(), "٣".isdigit(), "\u00a0".isspace())
