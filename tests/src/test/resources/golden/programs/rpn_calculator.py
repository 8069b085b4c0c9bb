def evaluate(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack: {stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %", "1.5 2 *", "1 +", "1 2 3", "4 0 /", "2 100 **"]:
    try:
        print(f"{e!r:24} = {evaluate(e)}")
    except ZeroDivisionError as ex:
        print(f"{e!r:24} ! ZeroDivisionError: {ex}")
    except ValueError as ex:
        print(f"{e!r:24} ! ValueError: {ex}")
