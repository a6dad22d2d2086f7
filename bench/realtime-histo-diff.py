#!/usr/bin/env python3
"""Per-connection difference of two `jcmd <pid> GC.class_histogram` outputs.

Usage: realtime-histo-diff.py BEFORE AFTER CONNECTIONS
Prints the classes whose live bytes grew most, as bytes and instances per connection.
"""
import re
import sys


def read(path):
    rows = {}
    for line in open(path):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            rows[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return rows


def main():
    before, after, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
    deltas = []
    for name in set(before) | set(after):
        i0, b0 = before.get(name, (0, 0))
        i1, b1 = after.get(name, (0, 0))
        deltas.append((b1 - b0, i1 - i0, name))
    deltas.sort(reverse=True)
    total = sum(d[0] for d in deltas)
    print(f"histogram growth: {total / n:.0f} bytes per connection over {n} connections")
    print(f"{'bytes/conn':>10} {'objs/conn':>9}  class")
    for db, di, name in deltas[:40]:
        print(f"{db / n:10.1f} {di / n:9.2f}  {name}")


if __name__ == "__main__":
    main()
