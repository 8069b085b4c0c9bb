d = {(1, 2): "a"}
def lookup(k):
    return d[k]
print(lookup((1, 2)))
lookup((3, 4))
