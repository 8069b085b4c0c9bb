# s.lower() and s.strip([chars]) at method call sites: a str they leave alone is decided inline,
# any other goes to the methods' own code.
def norm(words, chars):
    return [w.strip(chars).lower() for w in words]

words = ["plain", "Capital", "UPPER.", ",comma,", "..", "", "é-Acute", "ΟΔΟΣ", "ſ", "İstanbul", "mixed,Case."]
print(norm(words, ".,"))
print(norm(words, ""))
print(norm(words, "é."))
print([w.strip() for w in ["  x  ", "\tx\n", "\x85x\u3000", "x", " ", "\x1fx\x1c", "\xa0"]])
print(["a b".strip(None), "xyx".strip("x"), "lower".lower(), "ŁÓDŹ".lower()])
for bad in [lambda: "x".strip(5), lambda: "x".strip(".", ","), lambda: "x".lower(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
