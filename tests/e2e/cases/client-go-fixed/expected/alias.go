package main

import oai "github.com/openai/openai-go/v3"
import "github.com/openai/openai-go/v3/option"
import "os"

func aliased() oai.Client {
	return oai.NewClient(option.WithBaseURL(func() string {
		if base := os.Getenv("HOLYSHEEP_BASE_URL"); base != "" {
			return base
		}
		return "https://api.holysheep.ai/v1"
	}()), option.WithAPIKey(os.Getenv("HOLYSHEEP_API_KEY")))
}
