import openai

openai.api_key = "sk-test-not-a-key"
openai.api_base = "https://api.openai.com/v1"
openai.Completion.create(engine="davinci", prompt="x")
