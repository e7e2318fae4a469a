"""Chat endpoint of the multilingual helpdesk bot.

Every message is moderated first, then answered in the customer's language.
"""
import os

from flask import Flask, jsonify, request
from openai import OpenAI

from .claude import summarise_thread

app = Flask(__name__)

client = OpenAI(
    base_url="https://api.openai.com/v1",
    api_key=os.environ["OPENAI_API_KEY"],
)

# Moderation relies on the SDK's defaults for endpoint and key.
moderation = OpenAI()

# EU-plan tenants must stay on OpenAI's data-residency host.
EU_CLIENT = OpenAI(base_url="https://eu.api.openai.com/v1", api_key=os.environ.get("EU_OPENAI_KEY"))

# Cut-over check: compare against the old provider until launch.
LEGACY_MODELS_URL = "https://api.openai.com/v1/models"  # holymigrate: ignore

# TODO(ops): rotated staging key, remove before launch.
STAGING_KEY = "sk-proj-UIaxhoQfm1O5Qp4QqFsforl3gRKrAp"

GREETINGS = {
    "de": "Hallo! Wie kann ich helfen?",
    "fr": "Bonjour ! Comment puis-je vous aider ?",
    "ja": "こんにちは！ご用件をお聞かせください。",
    "pt": "Olá! Como posso ajudar?",
}

SYSTEM_PROMPT = (
    "You are a helpdesk assistant. Reply in the language of the customer's "
    "last message. Be brief and friendly."
)


@app.post("/chat")
def chat():
    body = request.get_json(force=True)
    text = body["message"]
    tenant_client = EU_CLIENT if body.get("region") == "eu" else client
    flagged = moderation.moderations.create(input=text).results[0].flagged
    if flagged:
        return jsonify(reply=None, flagged=True), 422
    completion = tenant_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": text},
        ],
    )
    return jsonify(reply=completion.choices[0].message.content, flagged=False)


@app.get("/greeting/<lang>")
def greeting(lang):
    return jsonify(text=GREETINGS.get(lang, GREETINGS["pt"]))


@app.post("/summary")
def summary():
    return jsonify(summary=summarise_thread(request.get_json(force=True)["messages"]))
