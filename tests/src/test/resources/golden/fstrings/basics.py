name = "World"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {-n}")
print(f"{x}", f"{items}", f"{items[1]}", f"{len(items)}", f"{name.upper()}")
print(f"{'nested quotes'}", f'{"double inside single"}')
print(f"{{braces}} {{{n}}}")
print(f"{n!r} {name!r} {name!s} {x!r} {items!s}")
print(f"{None} {True} {1 if n > 10 else 0}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{'a' + 'b'}{'c' * 3}")
def f(v):
    return v * 2
print(f"{f(5)} {f('ab')}")
print(F"upper F {n}", rf"raw \n {n}", fr"\t{name}")
print(f"")
print(f"{n}" "plain" f"{n}")
print(f"multi {n} "
      f"line {name}")
print(f"""triple {n}
quoted {name}""")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P()!r} {P()!s}")
print(f"{[i * i for i in range(4)]}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{(lambda: 7)()}")
