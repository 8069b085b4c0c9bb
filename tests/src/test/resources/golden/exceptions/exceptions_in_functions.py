def level3(x):
    return 10 / x
def level2(x):
    return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        return "recovered: " + str(e)
print(level1(5), level1(0))
def cleanup_order():
    log = []
    def inner():
        try:
            log.append("inner try")
            raise KeyError("x")
        finally:
            log.append("inner finally")
    try:
        inner()
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())
def exception_as_value():
    errors = []
    for v in ["1", "x", "3", "", "5"]:
        try:
            errors.append(int(v))
        except ValueError as e:
            errors.append(e)
    return [str(e) for e in errors]
print(exception_as_value())
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
def gen_raise():
    yield 1
    raise ValueError("from generator")
try:
    for v in gen_raise():
        print("got", v)
except ValueError as e:
    print("caught", e)
def retry(n):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < n:
                raise ConnectionError("fail") if False else RuntimeError("fail %d" % attempts if False else "fail")
            return attempts
        except RuntimeError:
            continue
print(retry(4))
