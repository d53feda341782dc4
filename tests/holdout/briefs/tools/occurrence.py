"""occurrence.py DOC ANCHOR LINE: which occurrence of ANCHOR stands on LINE (or first after its start),
with its context: a second reading's `should be anchored on line N` turned into the gold's `occurrence`."""
import sys

text = open(sys.argv[1], encoding="utf-8").read()
anchor, line = sys.argv[2], int(sys.argv[3])
start = 0
for _ in range(line - 1):
    start = text.index("\n", start) + 1
count, at = 0, text.find(anchor)
while at >= 0:
    count += 1
    if at >= start:
        print(count, repr(text[max(0, at - 40):at + len(anchor) + 40]))
        break
    at = text.find(anchor, at + 1)
else:
    print("none")
