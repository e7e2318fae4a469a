package main

import (
	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
)

func clients() {
	implicit := openai.NewClient()
	explicit := openai.NewClient(option.WithBaseURL("https://gateway.internal/v1"))
	_, _ = implicit, explicit
}
