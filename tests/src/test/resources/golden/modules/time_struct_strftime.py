# time.gmtime, strftime (glibc's directives in the C locale), asctime and struct_time; local-time
# functions are left out, their output depends on the machine's zone.
import time
t = time.gmtime(1234567890)
print(t)
print(time.strftime('%a %A %b %B %c|%d %H %I %j %m %M %p %S %U %w %W|%x %X %y %Y %Z %% %e %D %T %F %R %u %V %G %g %C %h %k %l %z %Q', t))
print(time.asctime(t), type(time.localtime()).__name__, type(time.mktime(time.gmtime(0))).__name__)
print(t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff, t.tm_wday, t.tm_yday, isinstance(t, tuple))
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%j %U %W %V', (2021, 1, 3, 0, 0, 0, 6, 3, 0)))
print(time.gmtime(-1.5), time.gmtime(86400 * 366 * 30 + 0.9).tm_mday)
for day in range(1, 15):
    s = time.gmtime(86400 * (day * 37) + 3600 * day)
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %j %U %W %V %u %w", s))
for bad in [lambda: time.strftime('%Y', (2020,)), lambda: time.strftime(5), lambda: time.gmtime('x'), lambda: time.mktime(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
