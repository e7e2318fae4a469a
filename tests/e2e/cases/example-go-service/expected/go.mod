module example.com/helpdesk/translate

go 1.21

require github.com/sashabaranov/go-openai v1.36.1
