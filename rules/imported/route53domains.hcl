# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_route53domains_delegation_signer_record" {
  service = "route53domains"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53domains.(*delegationSignerRecordResource).Create, route53domains.(*delegationSignerRecordResource).Read, route53domains.(*delegationSignerRecordResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: route53domains:AssociateDelegationSignerToDomain, route53domains:DisassociateDelegationSignerFromDomain"

  read {
    actions = ["route53domains:GetDomainDetail"]
    source  = "route53domains.(*delegationSignerRecordResource).Read"
  }

  create {
    actions = [
      "route53domains:AssociateDelegationSignerToDomain",
      "route53domains:GetDomainDetail",
      "route53domains:GetOperationDetail",
    ]
    source  = "route53domains.(*delegationSignerRecordResource).Create"
  }

  delete {
    actions = [
      "route53domains:DisassociateDelegationSignerFromDomain",
      "route53domains:GetOperationDetail",
    ]
    source  = "route53domains.(*delegationSignerRecordResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53domains_domain" {
  service = "route53domains"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53domains.(*domainResource).Create, route53domains.(*domainResource).Read, route53domains.(*domainResource).Update, route53domains.(*domainResource).Delete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53domains:DeleteTagsForDomain"

  read {
    actions = ["route53domains:GetDomainDetail", "route53domains:ListTagsForDomain"]
    source  = "route53domains.(*domainResource).Read + route53domains.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53domains:DisableDomainTransferLock",
      "route53domains:EnableDomainTransferLock",
      "route53domains:GetDomainDetail",
      "route53domains:GetOperationDetail",
      "route53domains:RegisterDomain",
      "route53domains:UpdateDomainNameservers",
    ]
    source  = "route53domains.(*domainResource).Create"
  }

  create {
    if_set  = "tags"
    actions = ["route53domains:UpdateTagsForDomain"]
    source  = "route53domains.(*domainResource).Create: the create handler itself reaches the tagging calls of UpdateTags (UpdateTagsForDomain)"
  }

  update {
    attributes = []
    actions    = [
      "route53domains:DisableDomainAutoRenew",
      "route53domains:DisableDomainTransferLock",
      "route53domains:EnableDomainAutoRenew",
      "route53domains:EnableDomainTransferLock",
      "route53domains:RenewDomain",
      "route53domains:UpdateDomainContact",
      "route53domains:UpdateDomainContactPrivacy",
      "route53domains:UpdateDomainNameservers",
    ]
    source     = "route53domains.(*domainResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53domains:DeleteTagsForDomain", "route53domains:UpdateTagsForDomain"]
    source     = "route53domains.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53domains:DeleteDomain", "route53domains:GetOperationDetail"]
    source  = "route53domains.(*domainResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53domains_registered_domain" {
  service = "route53domains"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53domains.resourceRegisteredDomainCreate, route53domains.resourceRegisteredDomainRead, route53domains.resourceRegisteredDomainUpdate, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53domains:DeleteTagsForDomain"

  read {
    actions = ["route53domains:GetDomainDetail", "route53domains:ListTagsForDomain"]
    source  = "route53domains.resourceRegisteredDomainRead + route53domains.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53domains:DisableDomainAutoRenew",
      "route53domains:DisableDomainTransferLock",
      "route53domains:EnableDomainAutoRenew",
      "route53domains:EnableDomainTransferLock",
      "route53domains:GetDomainDetail",
      "route53domains:GetOperationDetail",
      "route53domains:ListTagsForDomain",
      "route53domains:UpdateDomainContact",
      "route53domains:UpdateDomainContactPrivacy",
      "route53domains:UpdateDomainNameservers",
    ]
    source  = "route53domains.resourceRegisteredDomainCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53domains:UpdateTagsForDomain"]
    source  = "route53domains.resourceRegisteredDomainCreate: the create handler itself reaches the tagging calls of UpdateTags (UpdateTagsForDomain)"
  }

  update {
    attributes = []
    actions    = [
      "route53domains:DisableDomainAutoRenew",
      "route53domains:DisableDomainTransferLock",
      "route53domains:EnableDomainAutoRenew",
      "route53domains:EnableDomainTransferLock",
      "route53domains:UpdateDomainContact",
      "route53domains:UpdateDomainContactPrivacy",
      "route53domains:UpdateDomainNameservers",
    ]
    source     = "route53domains.resourceRegisteredDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53domains:DeleteTagsForDomain", "route53domains:UpdateTagsForDomain"]
    source     = "route53domains.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}
