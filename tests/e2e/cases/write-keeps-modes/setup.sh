printf '#!/bin/sh\ncurl https://api.openai.com/v1/models\n' > run.sh
chmod 0755 run.sh
printf 'OPENAI_API_KEY=\n' > secret.env
chmod 0640 secret.env
