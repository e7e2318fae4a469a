package main

import (
	"os"

	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
)

func newClient(opts ...option.RequestOption) openai.Client {
	return openai.NewClient(append(opts, option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))...)
}
