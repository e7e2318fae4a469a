variable "OPENAI_API_KEY" {}
resource "x" "y" { env = { OPENAI_API_KEY = var.OPENAI_API_KEY } }
