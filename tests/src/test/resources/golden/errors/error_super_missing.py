class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return super().goodbye()
print(B().hello())
