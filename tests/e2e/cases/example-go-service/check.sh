# The migrated service is gofmt-clean and compiles against a stub of
# go-openai with the signatures it uses (config.go, client.go, chat.go).
test -z "$(gofmt -l .)"
stub=$(mktemp -d)
cat >"$stub/go.mod" <<'MOD'
module github.com/sashabaranov/go-openai

go 1.19
MOD
cat >"$stub/openai.go" <<'GO'
package openai

import "context"

type ClientConfig struct{ BaseURL string }
type Client struct{}
type ChatCompletionMessage struct{ Role, Content string }
type ChatCompletionRequest struct {
	Model    string
	Messages []ChatCompletionMessage
}
type ChatCompletionChoice struct{ Message ChatCompletionMessage }
type ChatCompletionResponse struct{ Choices []ChatCompletionChoice }

const (
	ChatMessageRoleSystem = "system"
	ChatMessageRoleUser   = "user"
)

func DefaultConfig(string) ClientConfig                { return ClientConfig{} }
func NewClient(string) *Client                         { return nil }
func NewClientWithConfig(ClientConfig) *Client         { return nil }
func (*Client) CreateChatCompletion(context.Context, ChatCompletionRequest) (ChatCompletionResponse, error) {
	return ChatCompletionResponse{}, nil
}
GO
cp go.mod "$stub/app.mod"
printf '\nreplace github.com/sashabaranov/go-openai => %s\n' "$stub" >>go.mod
GOPROXY=off GOFLAGS=-mod=mod GOCACHE="$stub/cache" GOPATH="$stub/gopath" go vet .
cp "$stub/app.mod" go.mod
rm -f go.sum
rm -rf "$stub"
