print("this must not be printed")
def ok():
    return 1
x = (
