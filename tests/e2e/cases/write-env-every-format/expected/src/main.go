package main

import "os"

var key = os.Getenv("HOLYSHEEP_API_KEY")
