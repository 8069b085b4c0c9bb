def pick(flag):
    if flag:
        value = "set"
    return value
print(pick(True))
print(pick(False))
