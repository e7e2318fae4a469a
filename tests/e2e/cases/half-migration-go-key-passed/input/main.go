package main

import (
	"os"

	openai "github.com/sashabaranov/go-openai"
)

func newClient() *openai.Client {
	return openai.NewClient(os.Getenv("OPENAI_API_KEY"))
}
