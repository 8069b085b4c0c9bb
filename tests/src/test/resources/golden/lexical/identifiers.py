_private = 1
__dunder__ = 2
camelCase = 3
snake_case_name = 4
x1, x2 = 5, 6
ALLCAPS = 7
_ = 8
print(_private, __dunder__, camelCase, snake_case_name, x1, x2, ALLCAPS, _)
café = "unicode identifier"
print(café)
True_ = "not a keyword"
print(True_)
def print_(x):
    print("custom", x)
print_(9)
lst = list
print(lst("ab"))
list = [1, 2]
print(list)
del list
print(list("cd"))
