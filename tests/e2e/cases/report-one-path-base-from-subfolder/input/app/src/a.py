import openai
client = openai.OpenAI()
url = "https://api.openai.com/v1"
KEY = "sk-proj-aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3"
