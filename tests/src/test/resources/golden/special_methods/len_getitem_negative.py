class Word:
    def __init__(self, text):
        self.text = text
    def __len__(self):
        return len(self.text)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Word(self.text[i])
        return self.text[i]
    def __repr__(self):
        return f"Word({self.text!r})"
    def __eq__(self, other):
        return isinstance(other, Word) and self.text == other.text
    def __contains__(self, ch):
        return ch in self.text
w = Word("python")
print(len(w), w[0], w[-1], w[1:4], w[::-1], w[::2], "y" in w, "z" in w)
print(list(w), w == Word("python"), w != Word("java"), w[1:3] == Word("yt"))
print(sorted(w), "".join(reversed(list(w))))
