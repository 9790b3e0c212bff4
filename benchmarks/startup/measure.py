#!/usr/bin/env python3
# measure.py N CMD ARGS...: runs CMD N times in turn; prints the median and min wall time and the
# median and min CPU time (user+sys of the child), in ms. On a shared machine CPU time is the steadier.
import resource, statistics, subprocess, sys, time
n = int(sys.argv[1]); cmd = sys.argv[2:]
wall, cpu = [], []
for _ in range(n):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall.append((time.perf_counter() - t) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
print(f"wall median {statistics.median(wall):.0f} min {min(wall):.0f} ms | cpu median {statistics.median(cpu):.0f} min {min(cpu):.0f} ms  ({' '.join(cmd)})")
