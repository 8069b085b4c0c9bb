# Strings compare by code point, also where UTF-16 order differs: an astral character (a surrogate
# pair in Java) is greater than any character of the BMP, including those from U+E000 up.
pairs = [("😀", "！"), ("😀", "\ue000"), ("\uffff", "𐀀"), ("a😀", "a\uff01"), ("😀", "😁"), ("", "😀")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a > b, a >= b, a == b)
print([ascii(s) for s in sorted(["！", "😀", "z", "\ue000"])])
print(ascii(max("！", "😀")), ascii(min(["😀", "\uffee"])))
