def compute():
    return valeu * 2
value = 21
print("computing")
print(compute())
