# javac compiles the edited file against a stub of openai-java's client
# (OpenAIOkHttpClient.kt: builder(), fromEnv(), baseUrl(String),
# apiKey(String), maxRetries(int), build()). Kotlin: no compiler in Debian.
stubs=$(mktemp -d)
mkdir -p "$stubs/com/openai/client/okhttp"
cat >"$stubs/com/openai/client/OpenAIClient.java" <<'JAVA'
package com.openai.client;
public interface OpenAIClient {}
JAVA
cat >"$stubs/com/openai/client/okhttp/OpenAIOkHttpClient.java" <<'JAVA'
package com.openai.client.okhttp;
import com.openai.client.OpenAIClient;
public final class OpenAIOkHttpClient {
  public static Builder builder() { return new Builder(); }
  public static OpenAIClient fromEnv() { return builder().fromEnv().build(); }
  public static final class Builder {
    public Builder fromEnv() { return this; }
    public Builder baseUrl(String baseUrl) { return this; }
    public Builder apiKey(String apiKey) { return this; }
    public Builder maxRetries(int n) { return this; }
    public OpenAIClient build() { return new OpenAIClient() {}; }
  }
}
JAVA
javac -d "$stubs/out" -sourcepath "$stubs" App.java
rm -rf "$stubs"
"$HOLYMIGRATE" --format json . | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["summary"]["edits"]==0, d["summary"]'
