text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines())
print("no newline".splitlines())
for i, line in enumerate("x\ny\nz".splitlines(), 1):
    print(i, line)
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
