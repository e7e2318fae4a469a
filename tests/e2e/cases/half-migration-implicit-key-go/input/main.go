package main

import (
	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"
)

func newClient(opts ...option.RequestOption) openai.Client {
	return openai.NewClient(opts...)
}
