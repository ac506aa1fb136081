# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudsearch_domain" {
  service = "cloudsearch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudsearch.resourceDomainCreate, cloudsearch.resourceDomainRead, cloudsearch.resourceDomainUpdate, cloudsearch.resourceDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "cloudsearch:DescribeAvailabilityOptions",
      "cloudsearch:DescribeDomainEndpointOptions",
      "cloudsearch:DescribeDomains",
      "cloudsearch:DescribeIndexFields",
      "cloudsearch:DescribeScalingParameters",
    ]
    source  = "cloudsearch.resourceDomainRead"
  }

  create {
    actions = [
      "cloudsearch:CreateDomain",
      "cloudsearch:DefineIndexField",
      "cloudsearch:DescribeAvailabilityOptions",
      "cloudsearch:DescribeDomainEndpointOptions",
      "cloudsearch:DescribeDomains",
      "cloudsearch:DescribeIndexFields",
      "cloudsearch:DescribeScalingParameters",
      "cloudsearch:IndexDocuments",
      "cloudsearch:UpdateAvailabilityOptions",
      "cloudsearch:UpdateDomainEndpointOptions",
      "cloudsearch:UpdateScalingParameters",
    ]
    source  = "cloudsearch.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = [
      "cloudsearch:DefineIndexField",
      "cloudsearch:DeleteIndexField",
      "cloudsearch:IndexDocuments",
      "cloudsearch:UpdateAvailabilityOptions",
      "cloudsearch:UpdateDomainEndpointOptions",
      "cloudsearch:UpdateScalingParameters",
    ]
    source     = "cloudsearch.resourceDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudsearch:DeleteDomain", "cloudsearch:DescribeDomains"]
    source  = "cloudsearch.resourceDomainDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudsearch_domain_service_access_policy" {
  service = "cloudsearch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudsearch.resourceDomainServiceAccessPolicyPut, cloudsearch.resourceDomainServiceAccessPolicyRead, cloudsearch.resourceDomainServiceAccessPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudsearch:DescribeServiceAccessPolicies"]
    source  = "cloudsearch.resourceDomainServiceAccessPolicyRead"
  }

  create {
    actions = [
      "cloudsearch:DescribeServiceAccessPolicies",
      "cloudsearch:UpdateServiceAccessPolicies",
    ]
    source  = "cloudsearch.resourceDomainServiceAccessPolicyPut"
  }

  update {
    attributes = []
    actions    = ["cloudsearch:UpdateServiceAccessPolicies"]
    source     = "cloudsearch.resourceDomainServiceAccessPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "cloudsearch:DescribeServiceAccessPolicies",
      "cloudsearch:UpdateServiceAccessPolicies",
    ]
    source  = "cloudsearch.resourceDomainServiceAccessPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
