# gofmt parses every edited file and lists those it would reformat: none.
test -z "$(gofmt -l .)"
# The edited package compiles against stubs of the three SDKs (the same
# signatures as their sources: NewClient(opts ...option.RequestOption),
# option.WithBaseURL/WithAPIKey(string), go-openai DefaultConfig(string)
# ClientConfig{BaseURL}, NewClientWithConfig(ClientConfig)); no network.
stubs=$(mktemp -d)
mkdir -p "$stubs/openai-go/option" "$stubs/go-openai" "$stubs/anthropic/option"
printf 'module github.com/openai/openai-go/v3\n\ngo 1.19\n' >"$stubs/openai-go/go.mod"
printf 'package option\n\ntype RequestOption func()\n\nfunc WithBaseURL(string) RequestOption { return nil }\nfunc WithAPIKey(string) RequestOption  { return nil }\n' >"$stubs/openai-go/option/option.go"
printf 'package openai\n\nimport "github.com/openai/openai-go/v3/option"\n\ntype Client struct{}\n\nfunc NewClient(...option.RequestOption) Client { return Client{} }\n' >"$stubs/openai-go/client.go"
printf 'module github.com/sashabaranov/go-openai\n\ngo 1.19\n' >"$stubs/go-openai/go.mod"
printf 'package openai\n\ntype ClientConfig struct{ BaseURL string }\ntype Client struct{}\n\nfunc DefaultConfig(string) ClientConfig { return ClientConfig{} }\nfunc NewClient(string) *Client { return nil }\nfunc NewClientWithConfig(ClientConfig) *Client { return nil }\n' >"$stubs/go-openai/client.go"
printf 'module github.com/anthropics/anthropic-sdk-go\n\ngo 1.19\n' >"$stubs/anthropic/go.mod"
printf 'package option\n\ntype RequestOption func()\n\nfunc WithBaseURL(string) RequestOption { return nil }\nfunc WithAPIKey(string) RequestOption  { return nil }\n' >"$stubs/anthropic/option/option.go"
printf 'package anthropic\n\nimport "github.com/anthropics/anthropic-sdk-go/option"\n\ntype Client struct{}\n\nfunc NewClient(...option.RequestOption) Client { return Client{} }\n' >"$stubs/anthropic/client.go"
cat >go.mod <<MOD
module example.com/app

go 1.19

require (
	github.com/anthropics/anthropic-sdk-go v0.0.0
	github.com/openai/openai-go/v3 v3.0.0
	github.com/sashabaranov/go-openai v0.0.0
)

replace github.com/openai/openai-go/v3 => $stubs/openai-go
replace github.com/sashabaranov/go-openai => $stubs/go-openai
replace github.com/anthropics/anthropic-sdk-go => $stubs/anthropic
MOD
export GOPROXY=off GOFLAGS=-mod=mod GOCACHE="$stubs/cache" GOPATH="$stubs/gopath"
go vet . 
rm -rf go.mod go.sum "$stubs"
# A second run makes no edit.
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
