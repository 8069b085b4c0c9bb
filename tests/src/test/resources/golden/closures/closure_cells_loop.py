def make_handlers():
    handlers = {}
    for name in ["start", "stop", "pause"]:
        def handler(event, name=name):
            return f"{name} handled {event}"
        handlers[name] = handler
    return handlers
h = make_handlers()
print(h["start"]("e1"), h["pause"]("e2"))
def shared_cell():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = shared_cell()
print(get())
set_(42)
print(get())
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec
i, d = counter_pair()
print(i(), i(), i(), d(), i())
