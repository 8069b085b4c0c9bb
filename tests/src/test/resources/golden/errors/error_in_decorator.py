def deco(fn):
    def wrapper(*a):
        return fn(*a) + 1
    return wrapper
@deco
def name():
    return "text"
print(name())
