[ "$(id -u)" != 0 ] || { echo "needs a non-root user: root reads any file"; exit 77; }
printf 'OPENAI_API_KEY=\n' > locked.env
chmod 000 locked.env
