class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("rex")
e = Dog("fido", 5)
print(d.name, d.age, e.name, e.age, d.species, Dog.species, Dog.count)
print(d.speak(), e.speak())
print(d.birthday().birthday().age)
d.species = "own attribute"
print(d.species, e.species, Dog.species)
Dog.species = "changed"
print(d.species, e.species)
d.trick = "roll"
print(d.trick, hasattr(e, "trick"), getattr(e, "trick", "none"))
setattr(e, "trick", "sit")
print(e.trick)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(5, Dog))
print(Dog.__name__, Dog)
m = d.speak
print(m())
print(Dog.speak(e))
class Empty:
    pass
x = Empty()
x.a = 1
x.b = [x.a]
print(x.a, x.b)
print(isinstance(x, object), issubclass(Dog, object))
