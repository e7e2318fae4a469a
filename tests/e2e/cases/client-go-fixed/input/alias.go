package main

import oai "github.com/openai/openai-go/v3"

func aliased() oai.Client {
	return oai.NewClient()
}
