import os

from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai import OpenAI

chat = ChatOpenAI(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), model="gpt-4o-mini")
legacy = ChatOpenAI(openai_api_base="https://gateway.internal/v1", openai_api_key="x")
emb = OpenAIEmbeddings(base_url=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"))
claude = ChatAnthropic(base_url=os.environ.get("HOLYSHEEP_ANTHROPIC_BASE_URL", "https://api.holysheep.ai"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), model="claude-3-5-haiku-latest")
llm = OpenAI(api_base=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"), model="gpt-4o")
vec = OpenAIEmbedding(api_base=os.environ.get("HOLYSHEEP_BASE_URL", "https://api.holysheep.ai/v1"), api_key=os.environ.get("HOLYSHEEP_API_KEY"))
