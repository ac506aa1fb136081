# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ram_permission" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.(*permissionResource).Create, ram.(*permissionResource).Read, ram.(*permissionResource).Update, ram.(*permissionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ram:CreatePermission, ram:CreatePermissionVersion, ram:DeletePermission, ram:DeletePermissionVersion"

  read {
    actions = ["ram:GetPermission"]
    source  = "ram.(*permissionResource).Read"
  }

  create {
    actions = ["ram:CreatePermission"]
    source  = "ram.(*permissionResource).Create"
  }

  update {
    attributes = []
    actions    = ["ram:CreatePermissionVersion", "ram:DeletePermissionVersion"]
    source     = "ram.(*permissionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ram:TagResource", "ram:UntagResource"]
    source     = "ram.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ram:DeletePermission", "ram:GetPermission"]
    source  = "ram.(*permissionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ram_principal_association" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.resourcePrincipalAssociationCreate, ram.resourcePrincipalAssociationRead, ram.resourcePrincipalAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ram:GetResourceShareAssociations"]
    source  = "ram.resourcePrincipalAssociationRead"
  }

  create {
    actions = ["ram:AssociateResourceShare", "ram:GetResourceShareAssociations"]
    source  = "ram.resourcePrincipalAssociationCreate"
  }

  delete {
    actions = ["ram:DisassociateResourceShare", "ram:GetResourceShareAssociations"]
    source  = "ram.resourcePrincipalAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ram_resource_association" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.resourceResourceAssociationCreate, ram.resourceResourceAssociationRead, ram.resourceResourceAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ram:GetResourceShareAssociations"]
    source  = "ram.resourceResourceAssociationRead"
  }

  create {
    actions = ["ram:AssociateResourceShare", "ram:GetResourceShareAssociations"]
    source  = "ram.resourceResourceAssociationCreate"
  }

  delete {
    actions = ["ram:DisassociateResourceShare", "ram:GetResourceShareAssociations"]
    source  = "ram.resourceResourceAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ram_resource_share" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.resourceResourceShareCreate, ram.resourceResourceShareRead, ram.resourceResourceShareUpdate, ram.resourceResourceShareDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ram:GetResourceShares", "ram:ListResourceSharePermissions"]
    source  = "ram.resourceResourceShareRead"
  }

  create {
    actions = [
      "ram:CreateResourceShare",
      "ram:GetResourceShares",
      "ram:ListResourceSharePermissions",
    ]
    source  = "ram.resourceResourceShareCreate"
  }

  update {
    attributes = []
    actions    = ["ram:UpdateResourceShare"]
    source     = "ram.resourceResourceShareUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ram:TagResource", "ram:UntagResource"]
    source     = "ram.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ram:DeleteResourceShare", "ram:GetResourceShares"]
    source  = "ram.resourceResourceShareDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ram_resource_share_accepter" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.resourceResourceShareAccepterCreate, ram.resourceResourceShareAccepterRead, ram.resourceResourceShareAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ram:GetResourceShareInvitations", "ram:GetResourceShares", "ram:ListResources"]
    source  = "ram.resourceResourceShareAccepterRead"
  }

  create {
    actions = [
      "ram:AcceptResourceShareInvitation",
      "ram:GetResourceShareInvitations",
      "ram:GetResourceShares",
      "ram:ListResources",
    ]
    source  = "ram.resourceResourceShareAccepterCreate"
  }

  delete {
    actions = ["ram:DisassociateResourceShare", "ram:GetResourceShares"]
    source  = "ram.resourceResourceShareAccepterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ram_resource_share_associations_exclusive" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.(*resourceShareAssociationsExclusiveResource).Create, ram.(*resourceShareAssociationsExclusiveResource).Read, ram.(*resourceShareAssociationsExclusiveResource).Update, ram.(*resourceShareAssociationsExclusiveResource).Delete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ram:DisassociateResourceShare"

  read {
    actions = ["ram:GetResourceShareAssociations", "ram:GetResourceShares"]
    source  = "ram.(*resourceShareAssociationsExclusiveResource).Read"
  }

  create {
    actions = [
      "ram:AssociateResourceShare",
      "ram:GetResourceShareAssociations",
      "ram:GetResourceShares",
    ]
    source  = "ram.(*resourceShareAssociationsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["ram:AssociateResourceShare", "ram:DisassociateResourceShare"]
    source     = "ram.(*resourceShareAssociationsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ram:DisassociateResourceShare", "ram:GetResourceShareAssociations"]
    source  = "ram.(*resourceShareAssociationsExclusiveResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ram_sharing_with_organization" {
  service = "ram"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ram.resourceSharingWithOrganizationCreate, ram.resourceSharingWithOrganizationRead (no call-graph entry), ram.resourceSharingWithOrganizationDelete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete ram.resourceSharingWithOrganizationDelete (no call-graph entry), read ram.resourceSharingWithOrganizationRead (no call-graph entry)"

  create {
    actions = ["ram:EnableSharingWithAwsOrganization"]
    source  = "ram.resourceSharingWithOrganizationCreate"
  }
}

data "aws_ram_resource_share" {
  service = "ram"
  source  = "import: pike data/ram/aws_ram_resource_share.json"

  read {
    actions = ["ram:GetResourceShares"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
