"""cmpmiss.py A B [-v]: the miss and extra lines of /tmp/ev_B.txt that /tmp/ev_A.txt lacks
(what a change lost), and with -v those it no longer has (what it mended)."""
import sys
from collections import Counter


def misses(tag: str) -> Counter:
    with open(f"/tmp/ev_{tag}.txt", encoding="utf-8") as f:
        return Counter(line.rstrip("\n") for line in f if ": missed " in line or ": extra " in line)


before, after = misses(sys.argv[1]), misses(sys.argv[2])
new, gone = after - before, before - after
print(f"new in {sys.argv[2]}: {sum(new.values())}")
for line in sorted(new.elements()):
    print("+", line[:260])
print(f"gone: {sum(gone.values())}")
if "-v" in sys.argv:
    for line in sorted(gone.elements()):
        print("-", line[:260])
