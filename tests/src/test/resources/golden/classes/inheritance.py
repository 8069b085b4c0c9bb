class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Cat(Animal):
    def speak(self):
        return "meow"
class Puppy(Dog):
    def __init__(self, name, toy):
        super().__init__(name)
        self.toy = toy
    def speak(self):
        return super().speak() + " (squeaky)"
for a in [Animal("generic"), Dog("rex"), Cat("tom"), Puppy("bit", "ball")]:
    print(a.describe())
p = Puppy("bit", "ball")
print(p.toy, isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, (Cat, Animal)))
class Base:
    value = 1
    def get(self):
        return self.value
class Derived(Base):
    value = 2
print(Base().get(), Derived().get())
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
