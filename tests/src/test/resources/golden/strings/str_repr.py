cases = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bs\\", "\x00\x01\x7f\x80\xa0",
         "é", "中文", "\u200b", "\U0001F600", "", "'", '"', "\x1b[0m", "\xff", "\u2028"]
for c in cases:
    print(repr(c))
print(str("x"), repr(repr("x")))
print(["a", 'b"c', "d'e"])
print(("tab\t",), {"k\n": "v'"})
print(repr("a\\nb"), "a\\nb")
