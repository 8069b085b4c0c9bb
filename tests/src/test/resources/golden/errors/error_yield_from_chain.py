def inner():
    yield 1
    raise KeyError("inner key")
def outer():
    yield from inner()
print(list(outer()))
