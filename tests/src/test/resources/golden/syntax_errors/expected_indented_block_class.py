class Empty:
x = 1
