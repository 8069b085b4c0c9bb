TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("idle", "push"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.coins = 0
        self.sold = 0
    def handle(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"invalid event {event!r} in state {self.state!r}")
        new = TRANSITIONS[key]
        if event == "coin":
            self.coins += 1
        if new == "vending":
            self.sold += 1
        self.state = new
        return new
m = Machine()
for ev in ["push", "coin", "coin", "push", "done", "done", "coin", "push", "coin", "done"]:
    try:
        print(f"{ev:>5} -> {m.handle(ev)}")
    except RuntimeError as e:
        print("error:", e)
print(m.state, m.coins, m.sold)
