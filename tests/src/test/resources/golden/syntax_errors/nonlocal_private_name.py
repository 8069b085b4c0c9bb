print("before")


class A:
    def f(self):
        __y = 1

        class B:
            def g(self):
                # __y is _B__y here, and f binds _A__y
                nonlocal __y
                return __y

        return B
