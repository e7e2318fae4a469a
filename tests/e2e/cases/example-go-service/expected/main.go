// Translation service of the helpdesk bot: POST /translate {"text", "to"}
// answers with the text in the customer's language.
package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
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

type request struct {
	Text string `json:"text"`
	To   string `json:"to"`
}

func translate(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
		Model: "gpt-4o-mini",
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: "Translate the user's text into " + req.To + "."},
			{Role: openai.ChatMessageRoleUser, Content: req.Text},
		},
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"text": resp.Choices[0].Message.Content})
}

func main() {
	http.HandleFunc("/translate", translate)
	log.Fatal(http.ListenAndServe(":8081", nil))
}
