variable "HOLYSHEEP_API_KEY" {}
resource "x" "y" { env = { HOLYSHEEP_API_KEY = var.HOLYSHEEP_API_KEY } }
