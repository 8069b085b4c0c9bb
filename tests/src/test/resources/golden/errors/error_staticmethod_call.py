class M:
    @staticmethod
    def add(a, b):
        return a + b
print(M.add(1, 2))
print(M.add(1))
