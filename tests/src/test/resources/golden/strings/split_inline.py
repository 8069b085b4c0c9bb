# s.split() at method call sites scans the str in the caller's code; split with arguments, and
# rsplit, go to the method's own code.
def words(lines):
    out = []
    for line in lines:
        for w in line.split():
            out.append(w)
    return out

lines = ["the quick  brown\tfox", "", "   ", "  lead", "trail  ", "a\nb\rc\x0bd\x0ce",
         "\x1cx\x1dy\x1ez\x1fw", "nbsp\xa0kept\x85split", "ideo\u3000graphic\u2003em\u200bzero",
         "é ü ΟΔΟΣ 漢字", "one"]
for k in range(3):
    print(words(lines))
print("  a  b  ".split(None), "a b c".split(None, 1), "a  b  c  ".split(maxsplit=1))
print("a,b,,c".split(","), "a b c".rsplit(None, 1), "a\tb".split(" "))
counts = {}
text = "x y z\n" * 50 + "x  x\t y\n" * 20
for line in text.split("\n"):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
for bad in [lambda: "x".split(1), lambda: "x".split(""), lambda: "x".split(None, "2")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
