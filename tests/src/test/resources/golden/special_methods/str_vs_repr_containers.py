class Item:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return f"Item:{self.name}"
    def __repr__(self):
        return f"Item({self.name!r})"
items = [Item("a"), Item("b")]
print(items)
print(str(items), repr(items))
print(items[0], str(items[0]), repr(items[0]))
print({"k": items[0]}, (items[1],), {1: [items[0]]})
print(f"{items[0]}", f"{items[0]!r}", f"{items}")
print("%s" % "x" if False else str(items[0]), format(items[1]))
print(*items)
print(*items, sep=" & ")
