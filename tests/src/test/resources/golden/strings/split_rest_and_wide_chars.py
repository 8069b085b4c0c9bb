# split/rsplit with maxsplit keep the rest's whitespace; widths, precisions, columns and counts
# count code points, not UTF-16 units (an emoji is one).
for s in ["  a b  ", "\ta\n b c\t", "a b  ", "  a", "   ", "x"]:
    for m in (0, 1, 2):
        print(repr(s), m, s.split(None, m), s.rsplit(None, m))
print("%-6s|%5s|%.2s|%-4r" % ("🙂A", "🙂", "🙂🙂🙂", "🙂"))
print("a🙂\tb".expandtabs(4), "🙂🙂".count(""), "🙂x🙂".count("", 1), f"{'🙂':>4}|{'🙂x':^6}|{'🙂':*<3}")
print("🙂ab".center(7, "🙂"), "🙂".ljust(3, "x"), "🙂".zfill(4), "🙂a".rjust(4))
