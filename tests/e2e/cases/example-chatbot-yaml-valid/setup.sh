# The bundled example, as shipped.
cp -a "$CASE_DIR/../../../../examples/chatbot/." .
