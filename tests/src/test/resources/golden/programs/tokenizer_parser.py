def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(("NUM", int(s[i:j])))
            i = j
        elif c in "+-*/()":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("EOF", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in [("OP", "+"), ("OP", "-")]:
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in [("OP", "*"), ("OP", "/")]:
            op = self.take()[1]
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "NUM":
            return val
        if val == "-":
            return -self.factor()
        if val == "(":
            v = self.expr()
            if self.take() != ("OP", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(3 - 5) * 2", "2 * (3 + (4 - 1)) / 3", "1 +", "4 $ 4", "((2)"]:
    try:
        toks = tokenize(src)
        print(src, "=>", Parser(toks).expr(), len(toks))
    except SyntaxError as e:
        print(src, "=> error:", e)
