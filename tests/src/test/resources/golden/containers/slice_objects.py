s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None), slice(1, None), slice(None, None, -1))
data = list(range(20))
print(data[s], data[slice(-5, None)], data[slice(None, None, 5)])
print("abcdefgh"[slice(2, -2)], (1, 2, 3, 4)[slice(None, None, 2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
t = [0] * 8
t[slice(0, 8, 3)] = [1, 1, 1]
print(t)
del t[slice(0, 2)]
print(t)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[1:2, 3], r[:], r[5], r[-1:])
