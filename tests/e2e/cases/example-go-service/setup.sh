# The bundled example's Go service, as shipped.
cp -a "$CASE_DIR/../../../../examples/chatbot/translate/." .
