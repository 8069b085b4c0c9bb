x = 3
assert x == 4, ("expected", 4, "got", x)
