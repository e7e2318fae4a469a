from google.oauth2 import id_token

API = "https://api.openai.com/v1"
token = id_token.fetch_id_token(request, audience="https://api.openai.com/v1")
claims = {"iss": "https://api.openai.com", "aud": "https://api.openai.com/v1"}
