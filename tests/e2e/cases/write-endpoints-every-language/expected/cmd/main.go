package main

// DefaultBase is the OpenAI endpoint.
const DefaultBase = "https://api.holysheep.ai/v1/"
