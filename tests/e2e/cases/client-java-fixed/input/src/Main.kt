import com.openai.client.okhttp.OpenAIOkHttpClient

fun main() {
    val client = OpenAIOkHttpClient.fromEnv()
    println(client)
}
