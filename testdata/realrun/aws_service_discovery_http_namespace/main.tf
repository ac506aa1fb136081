variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Only tags update in place (description and name force replacement): the update step
# (variant) adds a second tag.
resource "aws_service_discovery_http_namespace" "this" {
  name = "realrun-http"
  tags = merge(
    { realrun = var.tag_value },
    var.variant == "a" ? {} : { variant = var.variant },
  )
}
