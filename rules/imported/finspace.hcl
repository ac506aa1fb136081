# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_finspace_kx_cluster" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxClusterCreate, finspace.resourceKxClusterRead, finspace.resourceKxClusterUpdate, finspace.resourceKxClusterDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: finspace:CreateKxCluster, finspace:DeleteKxCluster, finspace:GetKxCluster, finspace:GetKxEnvironment, finspace:UpdateKxClusterCodeConfiguration, finspace:UpdateKxClusterDatabases"

  read {
    actions = ["finspace:GetKxCluster", "finspace:GetKxEnvironment", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxClusterRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = ["finspace:CreateKxCluster", "finspace:GetKxCluster", "finspace:GetKxEnvironment"]
    source  = "finspace.resourceKxClusterCreate"
  }

  update {
    attributes = []
    actions    = ["finspace:UpdateKxClusterCodeConfiguration", "finspace:UpdateKxClusterDatabases"]
    source     = "finspace.resourceKxClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxCluster", "finspace:GetKxCluster"]
    source  = "finspace.resourceKxClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_finspace_kx_database" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxDatabaseCreate, finspace.resourceKxDatabaseRead, finspace.resourceKxDatabaseUpdate, finspace.resourceKxDatabaseDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/finspace/aws_finspace_kx_database.json for delete"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete finspace.resourceKxDatabaseDelete (no call-graph entry); not in iamlive-map, identical IAM name used: finspace:CreateKxDatabase, finspace:GetKxDatabase, finspace:UpdateKxDatabase"

  read {
    actions = ["finspace:GetKxDatabase", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxDatabaseRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = ["finspace:CreateKxDatabase", "finspace:GetKxDatabase"]
    source  = "finspace.resourceKxDatabaseCreate"
  }

  update {
    attributes = []
    actions    = ["finspace:UpdateKxDatabase"]
    source     = "finspace.resourceKxDatabaseUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxDatabase", "finspace:UntagResource"]
    source  = "import: pike resource/finspace/aws_finspace_kx_database.json (delete re-phased from Pike's lists: the call graph has no entry for finspace.resourceKxDatabaseDelete)"
  }
}

resource "aws_finspace_kx_dataview" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxDataviewCreate, finspace.resourceKxDataviewRead, finspace.resourceKxDataviewUpdate, finspace.resourceKxDataviewDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: finspace:CreateKxDataview, finspace:DeleteKxDataview, finspace:GetKxDataview, finspace:UpdateKxDataview"

  read {
    actions = ["finspace:GetKxDataview", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxDataviewRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = ["finspace:CreateKxDataview", "finspace:GetKxDataview"]
    source  = "finspace.resourceKxDataviewCreate"
  }

  update {
    attributes = []
    actions    = ["finspace:UpdateKxDataview"]
    source     = "finspace.resourceKxDataviewUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxDataview", "finspace:GetKxDataview"]
    source  = "finspace.resourceKxDataviewDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_finspace_kx_environment" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxEnvironmentCreate, finspace.resourceKxEnvironmentRead, finspace.resourceKxEnvironmentUpdate, finspace.resourceKxEnvironmentDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: finspace:UntagResource; not in iamlive-map, identical IAM name used: finspace:CreateKxEnvironment, finspace:DeleteKxEnvironment, finspace:GetKxEnvironment, finspace:UpdateKxEnvironment, finspace:UpdateKxEnvironmentNetwork"

  read {
    actions = ["finspace:GetKxEnvironment", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxEnvironmentRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "finspace:CreateKxEnvironment",
      "finspace:GetKxEnvironment",
      "finspace:UpdateKxEnvironmentNetwork",
    ]
    source  = "finspace.resourceKxEnvironmentCreate"
  }

  create {
    if_set  = "tags"
    actions = ["finspace:TagResource"]
    source  = "finspace.resourceKxEnvironmentCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["finspace:UpdateKxEnvironment", "finspace:UpdateKxEnvironmentNetwork"]
    source     = "finspace.resourceKxEnvironmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxEnvironment", "finspace:GetKxEnvironment"]
    source  = "finspace.resourceKxEnvironmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_finspace_kx_scaling_group" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxScalingGroupCreate, finspace.resourceKxScalingGroupRead, finspace.resourceKxScalingGroupUpdate, finspace.resourceKxScalingGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: finspace:CreateKxScalingGroup, finspace:DeleteKxScalingGroup, finspace:GetKxScalingGroup"

  read {
    actions = ["finspace:GetKxScalingGroup", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxScalingGroupRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = ["finspace:CreateKxScalingGroup", "finspace:GetKxScalingGroup"]
    source  = "finspace.resourceKxScalingGroupCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "finspace.resourceKxScalingGroupUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxScalingGroup", "finspace:GetKxScalingGroup"]
    source  = "finspace.resourceKxScalingGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_finspace_kx_user" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxUserCreate, finspace.resourceKxUserRead, finspace.resourceKxUserUpdate, finspace.resourceKxUserDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: finspace:CreateKxUser, finspace:DeleteKxUser, finspace:GetKxUser, finspace:UpdateKxUser"

  read {
    actions = ["finspace:GetKxUser", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxUserRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = ["finspace:CreateKxUser", "finspace:GetKxUser"]
    source  = "finspace.resourceKxUserCreate"
  }

  update {
    attributes = []
    actions    = ["finspace:UpdateKxUser"]
    source     = "finspace.resourceKxUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxUser"]
    source  = "finspace.resourceKxUserDelete"
  }
}

resource "aws_finspace_kx_volume" {
  service = "finspace"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (finspace.resourceKxVolumeCreate, finspace.resourceKxVolumeRead, finspace.resourceKxVolumeUpdate, finspace.resourceKxVolumeDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: finspace:UntagResource; not in iamlive-map, identical IAM name used: finspace:CreateKxVolume, finspace:DeleteKxVolume, finspace:GetKxVolume, finspace:UpdateKxVolume"

  read {
    actions = ["finspace:GetKxVolume", "finspace:ListTagsForResource"]
    source  = "finspace.resourceKxVolumeRead + finspace.(*servicePackage).ListTags"
  }

  create {
    actions = ["finspace:CreateKxVolume", "finspace:GetKxVolume"]
    source  = "finspace.resourceKxVolumeCreate"
  }

  create {
    if_set  = "tags"
    actions = ["finspace:TagResource"]
    source  = "finspace.resourceKxVolumeCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["finspace:UpdateKxVolume"]
    source     = "finspace.resourceKxVolumeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["finspace:TagResource", "finspace:UntagResource"]
    source     = "finspace.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["finspace:DeleteKxVolume", "finspace:GetKxVolume"]
    source  = "finspace.resourceKxVolumeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
