#!/usr/bin/env python3
"""Every 2 s: CPU in use (cores), the part used by the forest redraw benchmark (its java and any Xvfb), the rest
("other"), and steal time. Usage: cpu-monitor.py LOGFILE (runs until killed)."""
import os, sys, time
out = open(sys.argv[1], 'a')
def total():
    f = open('/proc/stat').readline().split()[1:]
    v = list(map(int, f)); idle = v[3] + v[4]
    return sum(v[:8]) - idle - v[7]
def steal():
    return int(open('/proc/stat').readline().split()[8])
def mine():
    s = 0
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try:
            cmd = open(f'/proc/{p}/cmdline','rb').read()
            if b'forest-redraw-benchmark' in cmd or (b'Xvfb' in cmd):
                st = open(f'/proc/{p}/stat').read().rsplit(')',1)[1].split()
                s += int(st[11]) + int(st[12])
        except Exception: pass
    return s
hz = os.sysconf('SC_CLK_TCK')
t0, m0, w0, s0 = total(), mine(), time.time(), steal()
while True:
    time.sleep(2)
    t1, m1, w1, s1 = total(), mine(), time.time(), steal()
    dt = w1 - w0
    busy = (t1 - t0) / hz / dt; me = max(0, (m1 - m0)) / hz / dt
    out.write(f"{time.strftime('%H:%M:%S')} busy={busy:.2f} bench={me:.2f} other={max(0,busy-me):.2f} steal={(s1-s0)/hz/dt:.2f} load={open('/proc/loadavg').read().split()[0]}\n"); out.flush()
    t0, m0, w0, s0 = t1, m1, w1, s1
