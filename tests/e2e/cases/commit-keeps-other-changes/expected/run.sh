#!/bin/sh
curl -H "Authorization: Bearer $HOLYSHEEP_API_KEY" https://api.holysheep.ai/v1/models
