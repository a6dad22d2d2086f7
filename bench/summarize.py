#!/usr/bin/env python3
"""Turns the key=value lines the bench scripts append into the tables BENCHMARKS.md shows.

Only rounds with phase=measured count. Per round: requests/s = requests / wrk duration, server
CPU per request = (utime+stime delta) / requests. Ratios are taken per round (the variants of one
round ran back to back) and their median and range are shown next to the ratio of medians.
http-overhead compares each gateway variant present (gateway, gateway-jit) with raw.
Usage: summarize.py http-overhead|jwt-overhead|cache-overhead|metrics-overhead|dynamodb-batching RESULTS_FILE
"""
import json
import statistics
import sys


def parse(path):
    rounds = []
    for line in open(path):
        fields = dict(part.split("=", 1) for part in line.split())
        if fields.get("phase") != "measured":
            continue
        requests = int(fields["requests"])
        if requests == 0:
            # A cold server can finish nothing in a very short round; it has no per-request cost.
            print(f"note: round {fields['round']} of {fields['variant']} completed no request; left out")
            continue
        seconds = int(fields["duration_us"]) / 1e6
        tick = 1e6 / int(fields["clk_tck"])
        r = {
            "variant": fields["variant"],
            "round": int(fields["round"]),
            "requests": requests,
            "rps": requests / seconds,
            "cpu_us": int(fields["cpu_ticks"]) * tick / requests,
            "backend_cpu_us": int(fields["backend_ticks"]) * tick / requests,
            "p50_ms": int(fields["p50_us"]) / 1000,
            "p99_ms": int(fields["p99_us"]) / 1000,
            "failures": int(fields["non2xx"]) + int(fields["socket_errors"]) + int(fields["bad_bodies"]),
            "checked": int(fields["checked"]),
        }
        before, after = json.loads(fields["calls_before"]), json.loads(fields["calls_after"])
        calls = {op: after.get(op, 0) - before.get(op, 0) for op in set(before) | set(after)}
        r["calls"] = {op: n / requests for op, n in calls.items() if n}
        rounds.append(r)
    return rounds


def by_variant(rounds, variant):
    return sorted((r for r in rounds if r["variant"] == variant), key=lambda r: r["round"])


def med(rows, key):
    return statistics.median(r[key] for r in rows)


def ratio_line(label, a_rows, b_rows, key, invert=False):
    num_rows, den_rows = (a_rows, b_rows) if invert else (b_rows, a_rows)
    # Pair the rounds by number: a round that completed no request was left out of one side.
    den_by_round = {r["round"]: r for r in den_rows}
    per_round = [n[key] / den_by_round[n["round"]][key] for n in num_rows
                 if n["round"] in den_by_round and den_by_round[n["round"]][key] > 0]
    if not per_round or med(den_rows, key) == 0:
        return f"| {label} | n/a | n/a | n/a (a variant completed no request) |"
    of_medians = med(num_rows, key) / med(den_rows, key)
    return (f"| {label} | {of_medians:.2f}x | {statistics.median(per_round):.2f}x | "
            f"{min(per_round):.2f}x .. {max(per_round):.2f}x |")


def ratios(a, b, a_rows, b_rows):
    print(f"\nRatios ({b} relative to {a}):\n")
    print("| metric | ratio of medians | median of per-round ratios | per-round range |")
    print("|---|---|---|---|")
    print(ratio_line(f"server CPU per request, {b} / {a}", a_rows, b_rows, "cpu_us"))
    print(ratio_line(f"requests/s, {a} / {b}", a_rows, b_rows, "rps", invert=True))
    print(ratio_line(f"p50 latency, {b} / {a}", a_rows, b_rows, "p50_ms"))
    print(ratio_line(f"p99 latency, {b} / {a}", a_rows, b_rows, "p99_ms"))


def rounds_table(rounds, show_calls):
    print("| round | variant | requests | req/s | server CPU us/req | p50 ms | p99 ms | failures |"
          + (" DynamoDB calls/req | DynamoDB Local CPU us/req |" if show_calls else ""))
    print("|---|---|---|---|---|---|---|---|" + ("---|---|" if show_calls else ""))
    for r in sorted(rounds, key=lambda r: (r["round"], r["variant"])):
        calls = ", ".join(f"{op} {n:.2f}" for op, n in sorted(r["calls"].items())) or "-"
        extra = f" {calls} | {r['backend_cpu_us']:.0f} |" if show_calls else ""
        print(f"| {r['round']} | {r['variant']} | {r['requests']} | {r['rps']:.0f} | {r['cpu_us']:.1f} | "
              f"{r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['failures']} |{extra}")


def summary_table(rounds, variants, show_calls):
    print("| variant | median req/s | median server CPU us/req | median p50 ms | median p99 ms | failures |"
          + (" DynamoDB calls/req (total) | median DynamoDB Local CPU us/req |" if show_calls else ""))
    print("|---|---|---|---|---|---|" + ("---|---|" if show_calls else ""))
    for v in variants:
        rows = by_variant(rounds, v)
        extra = ""
        if show_calls:
            total = statistics.median(sum(r["calls"].values()) for r in rows)
            ops = ", ".join(f"{op} {statistics.median(r['calls'].get(op, 0) for r in rows):.2f}"
                            for op in sorted({op for r in rows for op in r["calls"]}))
            extra = f" {ops} ({total:.2f}) | {med(rows, 'backend_cpu_us'):.0f} |"
        print(f"| {v} | {med(rows, 'rps'):.0f} | {med(rows, 'cpu_us'):.1f} | {med(rows, 'p50_ms'):.2f} | "
              f"{med(rows, 'p99_ms'):.2f} | {sum(r['failures'] for r in rows)} |{extra}")


def main():
    kind, path = sys.argv[1], sys.argv[2]
    rounds = parse(path)
    if kind == "http-overhead":
        a, others = "raw", [v for v in ("gateway", "gateway-jit") if by_variant(rounds, v)]
    elif kind == "jwt-overhead":
        a, others = "api-key", ["jwt"]
    elif kind == "metrics-overhead":
        a, others = "metrics-off", ["metrics-on"]
    elif kind == "cache-overhead":
        a, others = "none", ["hit", "miss"]
    else:
        a, others = "batch-on", ["batch-off"]
    show_calls = kind == "dynamodb-batching"
    a_rows = by_variant(rounds, a)
    if not a_rows or not others:
        sys.exit("no measured rounds in " + path)
    print("\nPer round (measured rounds only):\n")
    rounds_table(rounds, show_calls)
    print("\nSummary:\n")
    summary_table(rounds, [a] + others, show_calls)
    for b in others:
        ratios(a, b, a_rows, by_variant(rounds, b))
    if kind == "http-overhead":
        print()
        for b in others:
            cpu = med(by_variant(rounds, b), "cpu_us") / med(a_rows, "cpu_us")
            verdict = "MET" if cpu <= 2 else "MISSED"
            print(f"Target {b} CPU/request <= 2x raw: {verdict} ({cpu:.2f}x, ratio of medians)")
    if kind == "metrics-overhead":
        cpu = med(by_variant(rounds, "metrics-on"), "cpu_us") / med(a_rows, "cpu_us")
        verdict = "MET" if cpu <= 1.10 else "MISSED"
        print(f"\nTarget metrics add <= 10% CPU/request: {verdict} ({cpu:.2f}x, ratio of medians)")
    if kind == "cache-overhead":
        cpu = med(by_variant(rounds, "hit"), "cpu_us") / med(a_rows, "cpu_us")
        verdict = "MET" if cpu <= 1.30 else "MISSED"
        print(f"\nTarget cache hit CPU/request <= 1.30x a NONE request: {verdict} ({cpu:.2f}x, ratio of medians)")
    if kind == "jwt-overhead":
        cpu = med(by_variant(rounds, "jwt"), "cpu_us") / med(a_rows, "cpu_us")
        verdict = "MET" if cpu <= 1.30 else "MISSED"
        print(f"\nTarget JWT CPU/request <= 1.30x API key: {verdict} ({cpu:.2f}x, ratio of medians)")


if __name__ == "__main__":
    main()
