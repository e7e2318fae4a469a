# The bundled example's web front end (a Vite app with a Vercel AI route), as shipped.
cp -a "$CASE_DIR/../../../../examples/chatbot/web/." .
