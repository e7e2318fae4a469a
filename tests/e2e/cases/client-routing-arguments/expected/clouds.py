import os

from openai import AsyncOpenAI, OpenAI

# Not the provider's own endpoint: nothing is inserted into these.
bedrock = OpenAI(provider=os.environ["CLOUD_PROVIDER"])
federated = OpenAI(workload_identity=os.environ["WI_TOKEN_FILE"], timeout=30)
azure_rt = AsyncOpenAI(
    websocket_base_url="wss://my-res.openai.azure.com/openai/realtime",
    api_key=os.environ["AZURE_KEY"],
)
azure = OpenAI(azure_endpoint="https://my-res.openai.azure.com", api_key=os.environ["AZURE_KEY"])
entra = OpenAI(azure_ad_token_provider=lambda: "token")

# The public endpoint: made explicit.
public = OpenAI(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), timeout=30)
