class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit
    def __eq__(self, other):
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __lt__(self, other):
        return Card.RANKS.index(self.rank) < Card.RANKS.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("K", "h"), Card("T", "c")]
print(sorted(hand), max(hand), min(hand))
unique = set(hand)
print(len(unique), Card("A", "d") in unique, Card("A", "s") in unique)
counts = {}
for c in hand:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(hand.count(Card("K", "h")), hand.index(Card("T", "c")))
