x = "global x"
def read_global():
    return x
def shadow():
    x = "local x"
    return x
def modify():
    global x
    x = "modified"
print(read_global(), shadow(), x)
modify()
print(x)
counter = 0
def incr():
    global counter
    counter += 1
for _ in range(5):
    incr()
print(counter)
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
def outer():
    y = 1
    def inner():
        return y + 1
    return inner()
print(outer())
def uses_builtin():
    return len("abc")
print(uses_builtin())
def local_shadows_builtin():
    len = lambda s: -1
    return len("abc")
print(local_shadows_builtin(), len("abc"))
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
if True:
    block_var = "visible"
print(block_var)
def mutate_global_list():
    items.append(4)
items = [1, 2, 3]
mutate_global_list()
print(items)
