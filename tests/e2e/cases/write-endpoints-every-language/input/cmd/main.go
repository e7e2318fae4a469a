package main

// DefaultBase is the OpenAI endpoint.
const DefaultBase = "https://api.openai.com/v1/"
