package main

import (
	"fmt"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

var client = openai.NewClient(os.Getenv("OPENAI_API_KEY"))

func legacy(token string) {
	c := openai.NewClient(token)
	fmt.Println(c, client)
}
