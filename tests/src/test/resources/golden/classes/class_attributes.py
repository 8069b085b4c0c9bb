class Config:
    debug = False
    level = 1
    names = []
    def enable(self):
        self.debug = True
a = Config()
b = Config()
a.enable()
print(a.debug, b.debug, Config.debug)
a.names.append("shared")
print(b.names, Config.names)
a.names = ["own"]
print(a.names, b.names)
Config.level = 5
print(a.level, b.level)
print(getattr(Config, "level"), getattr(a, "missing", "dflt"), hasattr(Config, "enable"))
setattr(Config, "added", 7)
print(a.added)
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
objs = [Counter() for _ in range(4)]
print([o.id for o in objs], Counter.total)
class WithClassBodyCode:
    values = [i * i for i in range(4)]
    total = sum(values)
    if total > 10:
        size = "big"
    else:
        size = "small"
print(WithClassBodyCode.values, WithClassBodyCode.total, WithClassBodyCode.size)
class Method:
    def m(self):
        return "m"
obj = Method()
obj.m2 = lambda: "instance lambda"
print(obj.m(), obj.m2())
