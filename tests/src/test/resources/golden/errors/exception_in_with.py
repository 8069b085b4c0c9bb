class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__)
        return False
with Managed():
    print("inside")
    raise KeyError("from with")
