# Amazon RDS (IAM prefix rds): hand-curated rules (this batch: aws_db_subnet_group).

resource "aws_db_subnet_group" {
  service = "rds"
  source  = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/rds/subnet_group.go"
  arn     = "arn:${partition}:rds:${region}:${account}:subgrp:${name}"

  read {
    actions = ["rds:DescribeDBSubnetGroups", "rds:ListTagsForResource"]
    source  = "resourceSubnetGroupRead (DescribeDBSubnetGroups); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["rds:CreateDBSubnetGroup"]
    source  = "resourceSubnetGroupCreate (CreateDBSubnetGroup with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = ["description", "subnet_ids"]
    actions    = ["rds:ModifyDBSubnetGroup"]
    source     = "resourceSubnetGroupUpdate (ModifyDBSubnetGroup)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBSubnetGroup"]
    source  = "resourceSubnetGroupDelete (DeleteDBSubnetGroup; waits with DescribeDBSubnetGroups)"
  }
}
