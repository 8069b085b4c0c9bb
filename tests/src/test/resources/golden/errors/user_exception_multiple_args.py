class E(Exception):
    pass
raise E("a", 1, None)
