import openai

openai.api_type = "azure"
openai.api_key = "sk-test-not-a-key"
openai.ChatCompletion.create(engine="gpt-35", messages=[])
