import com.openai.client.okhttp.OpenAIOkHttpClient

fun main() {
    val client = OpenAIOkHttpClient.builder().fromEnv().baseUrl(System.getenv("HOLYSHEEP_BASE_URL") ?: "https://api.holysheep.ai/v1").apiKey(System.getenv("HOLYSHEEP_API_KEY")).build()
    println(client)
}
