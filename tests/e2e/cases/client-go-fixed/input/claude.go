package main

import "github.com/anthropics/anthropic-sdk-go"

func claude() {
	client := anthropic.NewClient()
	_ = client
}
