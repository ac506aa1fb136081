variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Not runnable on moto 5.2.1: its CreateRepository answers creationDate as a string (the
# provider's SDK fails to decode it), and it implements neither ListTagsForResource, TagResource
# nor the UpdateRepository* calls. The rule stays source-derived (unverified).
resource "aws_codecommit_repository" "this" {
  repository_name = "realrun-repo"
  description     = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
