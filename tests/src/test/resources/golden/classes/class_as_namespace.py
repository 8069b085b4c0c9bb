class Colors:
    RED = (255, 0, 0)
    GREEN = (0, 255, 0)
    BLUE = (0, 0, 255)
    ALL = [RED, GREEN, BLUE]
    @staticmethod
    def hexcode(rgb):
        return "#" + "".join(f"{c:02x}" for c in rgb)
print(Colors.RED, Colors.ALL, [Colors.hexcode(c) for c in Colors.ALL])
class Outer:
    class Inner:
        value = "inner"
    def make(self):
        return Outer.Inner()
print(Outer.Inner.value, Outer().make().value, type(Outer().make()).__name__)
