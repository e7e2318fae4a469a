# A CRLF file whose arguments stand one per line.
printf 'import os\r\nfrom openai import OpenAI\r\n\r\nclient = OpenAI(\r\n\ttimeout=5,\r\n)\r\n' > crlf.py
