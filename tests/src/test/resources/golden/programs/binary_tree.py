class BST:
    def __init__(self):
        self.root = None
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None
    def insert(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            return
        n = self.root
        while True:
            if key < n.key:
                if n.left is None:
                    n.left = BST._Node(key); return
                n = n.left
            elif key > n.key:
                if n.right is None:
                    n.right = BST._Node(key); return
                n = n.right
            else:
                return
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
