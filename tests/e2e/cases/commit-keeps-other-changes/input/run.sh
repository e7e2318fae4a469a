#!/bin/sh
curl -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models
