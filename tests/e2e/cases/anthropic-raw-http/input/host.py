import requests

# Only a host look-alike and a base without the API path: no finding here.
EVIL = "https://api.anthropic.com.evil.io/v1/messages"
BASE = "https://api.anthropic.com"
