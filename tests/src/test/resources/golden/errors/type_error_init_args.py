class Box:
    def __init__(self, size):
        self.size = size
print(Box(3).size)
Box()
