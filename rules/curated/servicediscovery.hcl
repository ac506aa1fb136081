# AWS Cloud Map (IAM prefix servicediscovery): hand-curated rules for HTTP and private DNS namespaces and services.

resource "aws_service_discovery_http_namespace" {
  service           = "servicediscovery"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 2347466820) internal/service/servicediscovery/http_namespace.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["servicediscovery:GetNamespace", "servicediscovery:ListTagsForResource"]
    source  = "resourceHTTPNamespaceRead (findNamespaceByID: GetNamespace); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["servicediscovery:CreateHttpNamespace", "servicediscovery:GetOperation"]
    source  = "resourceHTTPNamespaceCreate (CreateHttpNamespace with tags; waitOperationSucceeded polls GetOperation); AWS docs: Cloud Map API permissions reference (CreateHttpNamespace needs only servicediscovery:CreateHttpNamespace)"
  }

  create {
    if_set  = "tags_all"
    actions = ["servicediscovery:TagResource"]
    source  = "AWS docs: Service Authorization Reference, AWS Cloud Map API operations (CreateHttpNamespace with tags authorizes servicediscovery:TagResource)"
  }

  update {
    attributes = ["tags"]
    actions    = ["servicediscovery:TagResource", "servicediscovery:UntagResource"]
    source     = "resourceHTTPNamespaceUpdate (tags only): transparent tagging UpdateTags"
  }

  delete {
    actions = ["servicediscovery:DeleteNamespace", "servicediscovery:GetOperation"]
    source  = "resourceHTTPNamespaceDelete (DeleteNamespace, retried on ResourceInUse; waitOperationSucceeded polls GetOperation)"
    note    = "GetOperation is the wait for the delete operation to succeed"
  }
}

resource "aws_service_discovery_private_dns_namespace" {
  service           = "servicediscovery"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 1962804990) internal/service/servicediscovery/private_dns_namespace.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "Cloud Map creates the namespace's Route 53 private hosted zone itself; AWS documents the route53/ec2 permissions the caller of CreatePrivateDnsNamespace needs for it (create block), and none beyond servicediscovery:DeleteNamespace for the delete"

  read {
    actions = ["servicediscovery:GetNamespace", "servicediscovery:ListTagsForResource"]
    source  = "resourcePrivateDNSNamespaceRead (findNamespaceByID: GetNamespace); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = [
      "ec2:DescribeRegions",
      "ec2:DescribeVpcs",
      "route53:CreateHostedZone",
      "route53:GetHostedZone",
      "route53:ListHostedZonesByName",
      "servicediscovery:CreatePrivateDnsNamespace",
      "servicediscovery:GetOperation",
    ]
    source  = "resourcePrivateDNSNamespaceCreate (CreatePrivateDnsNamespace with tags; waitOperationSucceeded polls GetOperation); AWS docs: Cloud Map API permissions reference, CreatePrivateDnsNamespace required permissions (route53:CreateHostedZone, route53:GetHostedZone, route53:ListHostedZonesByName, ec2:DescribeVpcs, ec2:DescribeRegions)"
  }

  create {
    if_set  = "tags_all"
    actions = ["servicediscovery:TagResource"]
    source  = "AWS docs: Service Authorization Reference, AWS Cloud Map API operations (CreatePrivateDnsNamespace with tags authorizes servicediscovery:TagResource)"
  }

  update {
    attributes = ["description"]
    actions    = ["servicediscovery:GetOperation", "servicediscovery:UpdatePrivateDnsNamespace"]
    source     = "resourcePrivateDNSNamespaceUpdate (UpdatePrivateDnsNamespace; waitOperationSucceeded polls GetOperation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["servicediscovery:TagResource", "servicediscovery:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["servicediscovery:DeleteNamespace", "servicediscovery:GetOperation"]
    source  = "resourcePrivateDNSNamespaceDelete (DeleteNamespace; waitOperationSucceeded polls GetOperation); AWS docs: Cloud Map API permissions reference (DeleteNamespace needs only servicediscovery:DeleteNamespace)"
    note    = "GetOperation is the wait for the delete operation to succeed"
  }
}

resource "aws_service_discovery_service" {
  service           = "servicediscovery"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 710627549) internal/service/servicediscovery/service.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["servicediscovery:GetService", "servicediscovery:ListTagsForResource"]
    source  = "resourceServiceRead (findServiceByID: GetService); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["servicediscovery:CreateService"]
    source  = "resourceServiceCreate (CreateService with tags); AWS docs: Cloud Map API permissions reference (CreateService needs only servicediscovery:CreateService)"
  }

  create {
    if_set  = "tags_all"
    actions = ["servicediscovery:TagResource"]
    source  = "AWS docs: Service Authorization Reference, AWS Cloud Map API operations (CreateService with tags authorizes servicediscovery:TagResource)"
  }

  update {
    attributes = ["description", "dns_config", "force_destroy", "health_check_config"]
    actions    = ["servicediscovery:GetOperation", "servicediscovery:UpdateService"]
    source     = "resourceServiceUpdate (HasChangesExcept(tags, tags_all) -> UpdateService, so a force_destroy change also calls it; waitOperationSucceeded polls GetOperation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["servicediscovery:TagResource", "servicediscovery:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["servicediscovery:DeleteService"]
    source  = "resourceServiceDelete (DeleteService)"
  }

  delete {
    if_set  = "force_destroy"
    actions = [
      "route53:DeleteHealthCheck",
      "route53:GetHealthCheck",
      "route53:UpdateHealthCheck",
      "servicediscovery:DeregisterInstance",
      "servicediscovery:GetOperation",
      "servicediscovery:ListInstances",
    ]
    source  = "resourceServiceDelete with force_destroy (ListInstances pages; deregisterInstance: DeregisterInstance, waitOperationSucceeded polls GetOperation); AWS docs: Cloud Map API permissions reference, DeregisterInstance required permissions (route53:GetHealthCheck, route53:DeleteHealthCheck, route53:UpdateHealthCheck)"
    note    = "ListInstances finds the instances to deregister and GetOperation waits for each deregistration; the route53 health check actions are the ones AWS documents for DeregisterInstance"
  }
}
