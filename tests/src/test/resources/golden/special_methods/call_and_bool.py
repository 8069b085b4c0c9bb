class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)
    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result
    def __len__(self):
        return len(self.coeffs)
    def __bool__(self):
        return any(self.coeffs)
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms) or "0"
p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(5)], len(p), bool(p))
z = Polynomial(0, 0)
print(z, bool(z), len(z), "truthy" if z else "falsy")
print(list(map(Polynomial(0, 1), [1, 2, 3])), callable(p), callable(Polynomial))
