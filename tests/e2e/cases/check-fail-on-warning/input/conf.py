AZURE = "https://acme.openai.azure.com/openai"
