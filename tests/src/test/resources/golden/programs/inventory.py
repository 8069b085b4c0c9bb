inventory = {}
log = []
def add(item, qty, price):
    entry = inventory.setdefault(item, {"qty": 0, "price": price})
    entry["qty"] += qty
    entry["price"] = price
    log.append(f"+{qty} {item}")
def remove(item, qty):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item]["qty"] < qty:
        raise ValueError(f"only {inventory[item]['qty']} {item} left")
    inventory[item]["qty"] -= qty
    if inventory[item]["qty"] == 0:
        del inventory[item]
    log.append(f"-{qty} {item}")
add("apple", 10, 0.5)
add("pear", 5, 0.75)
add("apple", 5, 0.55)
for item, qty in [("apple", 3), ("pear", 5), ("kiwi", 1), ("apple", 50)]:
    try:
        remove(item, qty)
    except KeyError as e:
        print("unknown item", e)
    except ValueError as e:
        print("cannot remove:", e)
print(inventory)
print(log)
total = sum(v["qty"] * v["price"] for v in inventory.values())
print(f"total value: {total:.2f}")
report = sorted(inventory.items(), key=lambda kv: kv[1]["qty"] * kv[1]["price"], reverse=True)
for name, info in report:
    print(f"{name:>8} {info['qty']:>4} x {info['price']:.2f}")
