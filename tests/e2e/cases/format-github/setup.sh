cp -a "$CASE_DIR/../format-sarif/input/." .
