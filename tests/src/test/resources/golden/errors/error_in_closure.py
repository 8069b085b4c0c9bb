def make():
    items = []
    def pop():
        return items.pop()
    return pop
p = make()
p()
