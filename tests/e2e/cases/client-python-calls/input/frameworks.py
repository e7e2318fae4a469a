import os

from langchain_anthropic import ChatAnthropic
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai import OpenAI

chat = ChatOpenAI(model="gpt-4o-mini")
legacy = ChatOpenAI(openai_api_base="https://gateway.internal/v1", openai_api_key="x")
emb = OpenAIEmbeddings()
claude = ChatAnthropic(model="claude-3-5-haiku-latest")
llm = OpenAI(model="gpt-4o")
vec = OpenAIEmbedding()
