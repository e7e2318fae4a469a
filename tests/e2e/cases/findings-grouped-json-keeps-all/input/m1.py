import anthropic
