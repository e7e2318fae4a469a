# FIFOs and devices are not-a-file (docs/behaviour.md §2), not "permission
# denied"; a FIFO is never opened for reading (a read would block). Made
# here, not in setup.sh: the tree compare cannot read a FIFO.
mkfifo events.pipe
out=$("$HOLYMIGRATE" --format json . /dev/zero)
rm events.pipe
grep -q '"not-a-file": 2' <<<"$out"
grep -q '"path": "/dev/zero"' <<<"$out"
grep -q '"path": "events.pipe"' <<<"$out"
grep -q '"reason": "not-a-file"' <<<"$out"
