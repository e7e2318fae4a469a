package main

import "github.com/anthropics/anthropic-sdk-go"
import "github.com/anthropics/anthropic-sdk-go/option"
import "os"

func claude() {
	client := anthropic.NewClient(option.WithBaseURL(func() string {
		if base := os.Getenv("HOLYSHEEP_ANTHROPIC_BASE_URL"); base != "" {
			return base
		}
		return "https://api.holysheep.ai"
	}()), option.WithAPIKey(os.Getenv("HOLYSHEEP_API_KEY")))
	_ = client
}
