src = "hello world"
print([c for c in src], sorted({c for c in src if c in "lo"}), {c: src.count(c) for c in "lo"})
print(tuple(c for c in src if c != "l"), "".join(c for c in src if c not in "aeiou"))
print(list(x for x in range(3)), set(x % 2 for x in range(10)), dict((i, i * i) for i in range(3)))
print(type([x for x in ""]).__name__, type({x for x in ""}).__name__, type({x: x for x in ""}).__name__, type((x for x in "")).__name__)
