# The README's example, from examples/config/ in the repository.
cp -a "$CASE_DIR/../../../../examples/config/." .
