variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_openid_connect_provider" "this" {
  url            = "https://token.realrun.example.com"
  client_id_list = ["sts.amazonaws.com"]
  # the in-place update is of the thumbprints: moto 5.2.1 does not implement
  # AddClientIDToOpenIDConnectProvider (a client_id_list change)
  thumbprint_list = [var.variant == "a" ? "9e99a48a9960b14926bb7f3b02e22da2b0ab7280" : "1c58a3a8518e8759bf075b76b750d4f2df264fcd"]
  tags = {
    realrun = var.tag_value
  }
}
