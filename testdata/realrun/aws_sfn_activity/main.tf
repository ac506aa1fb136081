variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Only tags update in place (the Update handler is tags-only): the update step (variant)
# adds a second tag.
resource "aws_sfn_activity" "this" {
  name = "realrun-activity"
  tags = merge(
    { realrun = var.tag_value },
    var.variant == "a" ? {} : { variant = var.variant },
  )
}
