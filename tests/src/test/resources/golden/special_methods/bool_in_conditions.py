# and/or in conditions test each operand once, as CPython does: a falsy operand that ends an
# `and` (or a truthy one that ends an `or`) has its __bool__ called once, not again by the if,
# while, assert, ternary, not or comprehension filter that reads the result. As values, and/or
# still give one of the operands.
class Loud:
    def __init__(self, value, name):
        self.value = value
        self.name = name

    def __bool__(self):
        print("  bool", self.name)
        return self.value

    def __repr__(self):
        return "Loud(" + self.name + ")"


def t(name):
    return Loud(True, name)


def f(name):
    return Loud(False, name)


print("if and")
if f("a") and t("b"):
    print("then")
else:
    print("else")
print("if or")
if t("c") or f("d"):
    print("then")
print("nested")
if (f("e") or t("f")) and (t("g") and f("h")):
    print("then")
else:
    print("else")
print("while")
n = 0
while t("w" + str(n)) and n < 2:
    n += 1
print("ternary", "yes" if f("i") or f("j") else "no")
print("not", not (t("k") and f("l")))
assert t("m") or f("n")
print("filter", [x for x in range(3) if x and f("o" + str(x))])
print("values", f("p") and 1, t("q") or 1, 0 and f("r"), "" or f("s"))
x = t("u") and f("v")
print("assigned", x)
flag = 3 > 2 and 2 > 1
print("bools", flag, 1 > 2 or 0, 0 or 1 > 2)
total = 0
for i in range(2000):
    if i % 3 and i % 5 or i % 7 == 0:
        total += i
    if (i and i % 2 == 0) or (i > 1990 and f("late")):
        total -= 1
print("total", total)
