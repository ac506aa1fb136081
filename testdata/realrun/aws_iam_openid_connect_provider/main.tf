variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_openid_connect_provider" "this" {
  url             = "https://token.realrun.example.com"
  client_id_list  = var.variant == "a" ? ["sts.amazonaws.com"] : ["sts.amazonaws.com", "realrun"]
  thumbprint_list = ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"]
  tags = {
    realrun = var.tag_value
  }
}
