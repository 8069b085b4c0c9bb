class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}!"
hello = Greeter("Hello").greet
hola = Greeter("Hola").greet
print(hello("ann"), hola("bob"))
print(list(map(hello, ["x", "y"])))
fns = [str.upper, str.lower, str.title]
print([f("mIxEd wOrd") for f in fns])
append = [].append
data = []
push = data.append
for i in range(3):
    push(i)
print(data)
print(Greeter.greet(Greeter("Hi"), "direct"))
d = {"a": 1}
getter = d.get
print(getter("a"), getter("b", "none"))
