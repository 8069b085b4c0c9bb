# Error messages name private names as CPython mangles them.


class A:
    def __init__(self):
        self.__x = 1

    def missing_attribute(self):
        return self.__y

    def missing_name(self):
        return __nowhere

    def unbound_local(self):
        if False:
            __later = 1
        return __later

    def deleted_attribute(self):
        del self.__x
        return self.__x

    def method(self, __a, *, __k):
        return __a, __k

    def call_without_arguments(self):
        return self.method()

    def call_with_keyword(self):
        # a keyword argument is passed as written: the parameter is _A__a
        return self.method(__a=1, _A__k=2)

    def import_private(self):
        # the module's name is mangled too
        import __no_such_module
        return __no_such_module

    def missing_class_attribute(self):
        return A.__nope


for name in ["missing_attribute", "missing_name", "unbound_local", "deleted_attribute", "call_without_arguments",
             "call_with_keyword", "import_private", "missing_class_attribute"]:
    try:
        getattr(A(), name)()
    except Exception as e:
        print(type(e).__name__ + ":", e)

try:
    A().method(1)
except TypeError as e:
    print("TypeError:", e)

try:
    A().method(__a=1, __k=2)
except TypeError as e:
    print("TypeError:", e)

print(A().method(1, _A__k=2))

try:
    class Conflict:
        __slots__ = ("__s",)
        __s = 1
except ValueError as e:
    print("ValueError:", e)


class B:
    def fail(self):
        return self.__secret


B().fail()
