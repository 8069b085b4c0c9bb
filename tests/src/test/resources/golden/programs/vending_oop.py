class Product:
    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, price, stock
    def __repr__(self):
        return f"{self.name}(${self.price / 100:.2f} x{self.stock})"
class OutOfStock(Exception):
    pass
class NotEnoughMoney(Exception):
    def __init__(self, missing):
        super().__init__(f"insert {missing} more cents")
        self.missing = missing
class Vending:
    COINS = [25, 10, 5]
    def __init__(self, products):
        self.products = {p.name: p for p in products}
    def buy(self, name, paid):
        p = self.products[name]
        if p.stock == 0:
            raise OutOfStock(name)
        if paid < p.price:
            raise NotEnoughMoney(p.price - paid)
        p.stock -= 1
        change, coins = paid - p.price, []
        for c in self.COINS:
            while change >= c:
                coins.append(c)
                change -= c
        return coins
m = Vending([Product("cola", 125, 2), Product("chips", 90, 1)])
for name, paid in [("cola", 200), ("chips", 50), ("chips", 100), ("chips", 100), ("cola", 125), ("cola", 150), ("gum", 10)]:
    try:
        print(name, paid, "->", m.buy(name, paid))
    except OutOfStock as e:
        print(name, "out of stock:", e)
    except NotEnoughMoney as e:
        print(name, "error:", e, e.missing)
    except KeyError as e:
        print("unknown product", e)
print(list(m.products.values()))
