variable "name" {
  type = string
}

variable "fifo" {
  type    = bool
  default = true
}

resource "aws_sqs_queue" "this" {
  name       = var.fifo ? "${var.name}.fifo" : var.name
  fifo_queue = var.fifo
}

output "url" {
  value = aws_sqs_queue.this.url
}
