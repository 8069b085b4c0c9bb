PAIRS = {")": "(", "]": "[", "}": "{"}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unmatched {ch!r} at {i}"
            top, j = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r} at {j} vs {ch!r} at {i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "ok"
for s in ["()", "([]{})", "(]", "((", "})", "a(b[c]{d}e)f", "", "[(])", "{[()()]}"]:
    print(repr(s), check(s))
