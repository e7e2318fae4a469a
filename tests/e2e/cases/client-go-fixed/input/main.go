package main

import (
	"context"
	"fmt"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func clients(opts []option.RequestOption) {
	implicit := openai.NewClient()
	keyed := openai.NewClient(
		option.WithAPIKey("x"),
	)
	spread := openai.NewClient(opts...)
	explicit := openai.NewClient(option.WithBaseURL("https://gateway.internal/v1"))
	fmt.Println(implicit, keyed, spread, explicit, context.Background())
}
