print(r"C:\new\table")
print(R'\d+\.\d*')
print(repr(r"\n"), len(r"\n"))
print(r"\"quoted\"")
print(r'''raw
triple\t''')
print(r"x" if False else "skipped")
print(r"\\", len(r"\\"))
print(r"a\
b")
print(repr(r"\x41"), "\x41")
