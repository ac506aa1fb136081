# AWS Glue (IAM prefix glue): hand-curated rules for Data Catalog databases and tables.

resource "aws_glue_catalog_database" {
  service           = "glue"
  source            = "terraform-provider-aws 0075c7864e9415d7cb404160187eeb9257b34ca6 internal/service/glue/catalog_database.go"
  arn               = "arn:${partition}:glue:${region}:${account}:database/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["glue:GetDatabase", "glue:GetTags"]
    source  = "resourceCatalogDatabaseRead (FindDatabaseByName: GetDatabase); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (GetTags)"
  }

  create {
    actions = ["glue:CreateDatabase"]
    source  = "resourceCatalogDatabaseCreate (CreateDatabase with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["glue:TagResource"]
    source  = "AWS docs: AWS Glue Developer Guide, AWS tags in AWS Glue (to allow tagging these resources, include glue:TagResource in the policy)"
  }

  update {
    attributes = ["create_table_default_permission", "description", "location_uri", "parameters"]
    actions    = ["glue:UpdateDatabase"]
    source     = "resourceCatalogDatabaseUpdate (UpdateDatabase when anything but tags changes)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "transparent tagging UpdateTags; AWS docs: Glue TagResource (tagging a database also needs glue:GetDatabase, which read holds)"
  }

  delete {
    actions = ["glue:DeleteDatabase"]
    source  = "resourceCatalogDatabaseDelete (DeleteDatabase)"
  }
}

resource "aws_glue_catalog_table" {
  service           = "glue"
  source            = "terraform-provider-aws 004debd4b86bc468e9f6d3c1208ed435a0afb873 internal/service/glue/catalog_table.go"
  arn               = "arn:${partition}:glue:${region}:${account}:table/${database_name}/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["glue:GetPartitionIndexes", "glue:GetTable"]
    source  = "resourceCatalogTableRead (findTableByThreePartKey: GetTable; findPartitionIndexes: GetPartitionIndexes)"
    note    = "capture (provider 5.100.0): the GetPartitionIndexes call is recorded as glue:GetTable (iamlive's map), while the IAM reference and moto's check name glue:GetPartitionIndexes: both are predicted"
  }

  create {
    actions = ["glue:CreateTable"]
    source  = "resourceCatalogTableCreate (CreateTable; a VIRTUAL_VIEW waits with GetTable)"
  }

  update {
    attributes = [
      "description",
      "open_table_format_input",
      "owner",
      "parameters",
      "partition_keys",
      "retention",
      "storage_descriptor",
      "table_type",
      "target_table",
      "view_definition",
      "view_expanded_text",
      "view_original_text",
    ]
    actions    = ["glue:UpdateTable"]
    source     = "resourceCatalogTableUpdate (GetTable for the managed parameters, then UpdateTable with the whole table input)"
  }

  delete {
    actions = ["glue:DeleteTable"]
    source  = "resourceCatalogTableDelete (DeleteTable)"
  }
}
