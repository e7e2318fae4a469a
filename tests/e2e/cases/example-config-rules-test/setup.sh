cp -a "$CASE_DIR/../../../../examples/config/." .
