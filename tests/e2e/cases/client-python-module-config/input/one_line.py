import openai

if True: openai.api_key = "sk-test-not-a-key"
openai.ChatCompletion.create(model="gpt-4", messages=[])
