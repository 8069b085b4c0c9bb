print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]}".format(["p", "q"]), "{d[k]}".format(d={"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:.2f} {:8.3f} {:+d} {:e}".format(3.14159, 2.5, 7, 12345.678))
print("{:,} {:_} {:08.2f}".format(1234567, 1234567, -3.5))
print("{:x} {:X} {:o} {:b} {:#x}".format(255, 255, 8, 5, 255))
print("{{literal}} {}".format(1))
print("{!r} {!s}".format("a", "b"))
print("{:*^11}".format("mid"), "{:%}".format(0.25), "{:.1%}".format(0.1234))
print("{0:{1}}|".format("w", 5), "{:{}}|".format(3, 4))
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print("{0.x},{0.y}".format(P()))
print("{:g} {:g} {:g} {:G}".format(0.00001, 123456789.0, 100.0, 1e-10))
print("{:10.4s}|".format("truncate me"))
