def risky():
    return [][1]
try:
    risky()
except IndexError:
    print("handling, then re-raising")
    raise
