class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, 0.1)
ops = [(alice, bob, 30), (bob, alice, 500), (alice, bob, 70), (alice, bob, 1), (bob, alice, -5)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print("ok", src, dst)
    except InsufficientFunds as e:
        print("failed:", e)
    except ValueError as e:
        print("invalid:", e)
for _ in range(3):
    print("interest", bob.add_interest(), bob)
print(alice.history)
print(bob.history)
print(isinstance(bob, Account), type(bob).__name__)
