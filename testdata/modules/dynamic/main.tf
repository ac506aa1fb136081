# Dynamic blocks and conditional arguments: the block name of a dynamic block counts as set;
# an argument given by a condition on an input may be set; a literal false or null is not set;
# a resource with `count = var.x ? 1 : 0` may exist.

variable "cors_origins" {
  type    = list(string)
  default = []
}

variable "fast" {
  type    = bool
  default = false
}

variable "log_bucket" {
  type    = string
  default = null
}

resource "aws_s3_bucket" "site" {
  bucket              = "dynamic-module-site"
  acceleration_status = var.fast ? "Enabled" : null
  object_lock_enabled = false
  policy              = null

  dynamic "cors_rule" {
    for_each = var.cors_origins
    content {
      allowed_methods = ["GET"]
      allowed_origins = [cors_rule.value]
    }
  }

  dynamic "website" {
    for_each = []
    content {
      index_document = "index.html"
    }
  }
}

resource "aws_s3_bucket_logging" "site" {
  count         = var.log_bucket == null ? 0 : 1
  bucket        = aws_s3_bucket.site.id
  target_bucket = var.log_bucket
  target_prefix = "site/"
}
