# A method call on the second line of a chain: the traceback names the line of the call's
# name, and a frame's line inside a multi-line call is the argument's that raised.
def parse(text):
    return (text
            .strip()
            .split(",")
            .index("missing"))


def total(rows):
    return sum([len(r) for r in rows],
               parse(" a,b "))


print(total(["x",
             "yz"]))
