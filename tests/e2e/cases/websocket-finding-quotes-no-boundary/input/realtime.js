const url = "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview";
const base = 'wss://api.openai.com';
const port = "wss://api.openai.com:443/v1/realtime";
