def outer():
    return middle()
def middle():
    return [inner(i) for i in range(3)]
def inner(i):
    return {0: "a", 1: "b"}[i]
outer()
