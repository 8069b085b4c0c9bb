# int() and float() read Unicode decimal digits, also those beyond the BMP, and refuse other
# non-ASCII characters (fullwidth letters are no hex digits).
def check(text, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(text, "->", r)


for s, b in [('ｆ', 16), ('Ａ', 16), ('٣', 10), ('𝟙', 10), ('𝟙𝟚', 16), ('٣', 2), ('1_𝟙', 10), ('0x𝟙', 0), ('²', 10), (' ١٢٣ ', 10), ('-𝟗', 10), ('۱۲', 8)]:
    check("int(%s, %d)" % (ascii(s), b), lambda: int(s, b))
for s in ['𝟙.𝟝', '١٢٣.٤', 'ｆ', '1e𝟚']:
    check("float(%s)" % ascii(s), lambda: float(s))
