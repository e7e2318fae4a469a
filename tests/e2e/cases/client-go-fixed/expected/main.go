package main

import (
	"context"
	"fmt"
	"os"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

func clients(opts []option.RequestOption) {
	implicit := openai.NewClient(option.WithBaseURL(func() string {
		if base := os.Getenv("HOLYSHEEP_BASE_URL"); base != "" {
			return base
		}
		return "https://api.holysheep.ai/v1"
	}()), option.WithAPIKey(os.Getenv("HOLYSHEEP_API_KEY")))
	keyed := openai.NewClient(
		option.WithBaseURL(func() string {
			if base := os.Getenv("HOLYSHEEP_BASE_URL"); base != "" {
				return base
			}
			return "https://api.holysheep.ai/v1"
		}()),
		option.WithAPIKey("x"),
	)
	spread := openai.NewClient(opts...)
	explicit := openai.NewClient(option.WithBaseURL("https://gateway.internal/v1"))
	fmt.Println(implicit, keyed, spread, explicit, context.Background())
}
