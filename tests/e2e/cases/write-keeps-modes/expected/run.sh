#!/bin/sh
curl https://api.holysheep.ai/v1/models
