variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_sqs_queue" "this" {
  name               = "realrun-queue"
  visibility_timeout_seconds = var.variant == "a" ? 30 : 60
  tags = {
    realrun = var.tag_value
  }
}
