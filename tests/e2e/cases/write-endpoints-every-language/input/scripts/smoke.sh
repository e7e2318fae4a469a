#!/bin/sh
curl -s https://api.openai.com/v1/models -H "Authorization: Bearer $TOKEN"
curl -s "https://api.anthropic.com/v1/messages"
