#!/bin/sh
curl -s https://api.holysheep.ai/v1/models -H "Authorization: Bearer $TOKEN"
curl -s "https://api.holysheep.ai/v1/messages"
