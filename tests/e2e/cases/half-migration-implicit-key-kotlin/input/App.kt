import com.openai.client.okhttp.OpenAIOkHttpClient

val make = OpenAIOkHttpClient::fromEnv
