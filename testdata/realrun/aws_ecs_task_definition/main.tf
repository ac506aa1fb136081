variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ecs_task_definition" "this" {
  family = "realrun"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "nginx"
    memory    = 128
    essential = true
  }])
  tags = {
    realrun = var.tag_value
  }
}
