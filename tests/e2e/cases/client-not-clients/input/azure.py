from openai import AzureOpenAI

client = AzureOpenAI(azure_endpoint="https://contoso.example.invalid")
