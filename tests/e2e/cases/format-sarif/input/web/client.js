// Café client: "é" makes byte columns and UTF-16 columns differ below.
const azure = "https://acme.openai.azure.com/openai";
const note = "héllo"; const url = "https://api.anthropic.com/v1/messages";
