package main

import (
	"fmt"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

var client = openai.NewClientWithConfig(func() openai.ClientConfig {
	config := openai.DefaultConfig(os.Getenv("HOLYSHEEP_API_KEY"))
	config.BaseURL = "https://api.holysheep.ai/v1"
	if base := os.Getenv("HOLYSHEEP_BASE_URL"); base != "" {
		config.BaseURL = base
	}
	return config
}())

func legacy(token string) {
	c := openai.NewClientWithConfig(func() openai.ClientConfig {
		config := openai.DefaultConfig(token)
		config.BaseURL = "https://api.holysheep.ai/v1"
		if base := os.Getenv("HOLYSHEEP_BASE_URL"); base != "" {
			config.BaseURL = base
		}
		return config
	}())
	fmt.Println(c, client)
}
