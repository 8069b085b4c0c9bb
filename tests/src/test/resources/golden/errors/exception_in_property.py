class Temp:
    def __init__(self, k):
        self.k = k
    @property
    def celsius(self):
        if self.k < 0:
            raise ValueError("below absolute zero")
        return self.k - 273.15
print(Temp(300).celsius)
print(Temp(-1).celsius)
