class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
    def hello(self):
        return "Base.hello"
class Logged(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Logged")
    def hello(self):
        return "Logged(" + super().hello() + ")"
class Cached(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Cached")
    def hello(self):
        return "Cached(" + super().hello() + ")"
class Service(Logged, Cached):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Service")
    def hello(self):
        return "Service(" + super().hello() + ")"
s = Service("svc", retries=3)
print(s.log, s.extra, s.name)
print(s.hello())
print([c.__name__ for c in Service.__mro__])
class Child(Base):
    def hello(self):
        first = super().hello()
        second = super(Child, self).hello()
        return first == second
print(Child().hello())
