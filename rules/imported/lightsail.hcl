# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_lightsail_bucket" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceBucketCreate, lightsail.resourceBucketRead, lightsail.resourceBucketUpdate, lightsail.resourceBucketDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetBuckets"]
    source  = "lightsail.resourceBucketRead + lightsail.(*servicePackage).ListTags (only its operations naming `Bucket`, the crud map's tag resource type `Bucket`)"
  }

  create {
    actions = ["lightsail:CreateBucket", "lightsail:GetBuckets", "lightsail:GetOperation"]
    source  = "lightsail.resourceBucketCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:UpdateBucketBundle"]
    source     = "lightsail.resourceBucketUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteBucket", "lightsail:GetOperation"]
    source  = "lightsail.resourceBucketDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_bucket_access_key" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceBucketAccessKeyCreate, lightsail.resourceBucketAccessKeyRead, lightsail.resourceBucketAccessKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetBucketAccessKeys"]
    source  = "lightsail.resourceBucketAccessKeyRead"
  }

  create {
    actions = [
      "lightsail:CreateBucketAccessKey",
      "lightsail:GetBucketAccessKeys",
      "lightsail:GetOperation",
    ]
    source  = "lightsail.resourceBucketAccessKeyCreate"
  }

  delete {
    actions = ["lightsail:DeleteBucketAccessKey", "lightsail:GetOperation"]
    source  = "lightsail.resourceBucketAccessKeyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_bucket_resource_access" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceBucketResourceAccessCreate, lightsail.resourceBucketResourceAccessRead, lightsail.resourceBucketResourceAccessDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetBuckets"]
    source  = "lightsail.resourceBucketResourceAccessRead"
  }

  create {
    actions = [
      "lightsail:GetBuckets",
      "lightsail:GetOperation",
      "lightsail:SetResourceAccessForBucket",
    ]
    source  = "lightsail.resourceBucketResourceAccessCreate"
  }

  delete {
    actions = ["lightsail:GetOperation", "lightsail:SetResourceAccessForBucket"]
    source  = "lightsail.resourceBucketResourceAccessDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_certificate" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceCertificateCreate, lightsail.resourceCertificateRead, lightsail.resourceCertificateUpdate, lightsail.resourceCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetCertificates"]
    source  = "lightsail.resourceCertificateRead + lightsail.(*servicePackage).ListTags (only its operations naming `Certificate`, the crud map's tag resource type `Certificate`)"
  }

  create {
    actions = ["lightsail:CreateCertificate", "lightsail:GetCertificates", "lightsail:GetOperation"]
    source  = "lightsail.resourceCertificateCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "lightsail.resourceCertificateUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteCertificate", "lightsail:GetOperation"]
    source  = "lightsail.resourceCertificateDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_container_service" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceContainerServiceCreate, lightsail.resourceContainerServiceRead, lightsail.resourceContainerServiceUpdate, lightsail.resourceContainerServiceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetContainerServices"]
    source  = "lightsail.resourceContainerServiceRead + lightsail.(*servicePackage).ListTags (only its operations naming `ContainerService`, the crud map's tag resource type `ContainerService`)"
  }

  create {
    actions = [
      "lightsail:CreateContainerService",
      "lightsail:GetContainerServices",
      "lightsail:UpdateContainerService",
    ]
    source  = "lightsail.resourceContainerServiceCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:UpdateContainerService"]
    source     = "lightsail.resourceContainerServiceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteContainerService", "lightsail:GetContainerServices"]
    source  = "lightsail.resourceContainerServiceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_container_service_deployment_version" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceContainerServiceDeploymentVersionCreate, lightsail.resourceContainerServiceDeploymentVersionRead, lightsail.resourceContainerServiceDeploymentVersionDelete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete lightsail.resourceContainerServiceDeploymentVersionDelete (no call-graph entry)"

  read {
    actions = ["lightsail:GetContainerServiceDeployments"]
    source  = "lightsail.resourceContainerServiceDeploymentVersionRead"
  }

  create {
    actions = [
      "lightsail:CreateContainerServiceDeployment",
      "lightsail:GetContainerServiceDeployments",
    ]
    source  = "lightsail.resourceContainerServiceDeploymentVersionCreate"
  }
}

resource "aws_lightsail_database" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceDatabaseCreate, lightsail.resourceDatabaseRead, lightsail.resourceDatabaseUpdate, lightsail.resourceDatabaseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetRelationalDatabase"]
    source  = "lightsail.resourceDatabaseRead + lightsail.(*servicePackage).ListTags (only its operations naming `Database`, the crud map's tag resource type `Database`)"
  }

  create {
    actions = [
      "lightsail:CreateRelationalDatabase",
      "lightsail:GetOperation",
      "lightsail:GetRelationalDatabase",
      "lightsail:UpdateRelationalDatabase",
    ]
    source  = "lightsail.resourceDatabaseCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:UpdateRelationalDatabase"]
    source     = "lightsail.resourceDatabaseUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "lightsail:DeleteRelationalDatabase",
      "lightsail:GetOperation",
      "lightsail:GetRelationalDatabase",
    ]
    source  = "lightsail.resourceDatabaseDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_disk" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceDiskCreate, lightsail.resourceDiskRead, lightsail.resourceDiskUpdate, lightsail.resourceDiskDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetDisk"]
    source  = "lightsail.resourceDiskRead + lightsail.(*servicePackage).ListTags (only its operations naming `Disk`, the crud map's tag resource type `Disk`)"
  }

  create {
    actions = ["lightsail:CreateDisk", "lightsail:GetDisk", "lightsail:GetOperation"]
    source  = "lightsail.resourceDiskCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "lightsail.resourceDiskUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteDisk", "lightsail:GetOperation"]
    source  = "lightsail.resourceDiskDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_disk_attachment" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceDiskAttachmentCreate, lightsail.resourceDiskAttachmentRead, lightsail.resourceDiskAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetDisk"]
    source  = "lightsail.resourceDiskAttachmentRead"
  }

  create {
    actions = ["lightsail:AttachDisk", "lightsail:GetDisk", "lightsail:GetOperation"]
    source  = "lightsail.resourceDiskAttachmentCreate"
  }

  delete {
    actions = [
      "lightsail:DetachDisk",
      "lightsail:GetInstanceState",
      "lightsail:GetOperation",
      "lightsail:StartInstance",
      "lightsail:StopInstance",
    ]
    source  = "lightsail.resourceDiskAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_distribution" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceDistributionCreate, lightsail.resourceDistributionRead, lightsail.resourceDistributionUpdate, lightsail.resourceDistributionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetDistributions"]
    source  = "lightsail.resourceDistributionRead + lightsail.(*servicePackage).ListTags (only its operations naming `Distribution`, the crud map's tag resource type `Distribution`)"
  }

  create {
    actions = [
      "lightsail:CreateDistribution",
      "lightsail:GetDistributions",
      "lightsail:GetOperation",
      "lightsail:UpdateDistribution",
    ]
    source  = "lightsail.resourceDistributionCreate"
  }

  update {
    attributes = []
    actions    = [
      "lightsail:SetIpAddressType",
      "lightsail:UpdateDistribution",
      "lightsail:UpdateDistributionBundle",
    ]
    source     = "lightsail.resourceDistributionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteDistribution", "lightsail:GetOperation"]
    source  = "lightsail.resourceDistributionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_domain" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceDomainCreate, lightsail.resourceDomainRead, lightsail.resourceDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetDomain"]
    source  = "lightsail.resourceDomainRead"
  }

  create {
    actions = ["lightsail:CreateDomain", "lightsail:GetDomain"]
    source  = "lightsail.resourceDomainCreate"
  }

  delete {
    actions = ["lightsail:DeleteDomain"]
    source  = "lightsail.resourceDomainDelete"
  }
}

resource "aws_lightsail_domain_entry" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceDomainEntryCreate, lightsail.resourceDomainEntryRead, lightsail.resourceDomainEntryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetDomain"]
    source  = "lightsail.resourceDomainEntryRead"
  }

  create {
    actions = ["lightsail:CreateDomainEntry", "lightsail:GetDomain", "lightsail:GetOperation"]
    source  = "lightsail.resourceDomainEntryCreate"
  }

  delete {
    actions = ["lightsail:DeleteDomainEntry", "lightsail:GetOperation"]
    source  = "lightsail.resourceDomainEntryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_instance" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceInstanceCreate, lightsail.resourceInstanceRead, lightsail.resourceInstanceUpdate, lightsail.resourceInstanceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetInstance"]
    source  = "lightsail.resourceInstanceRead + lightsail.(*servicePackage).ListTags (only its operations naming `Instance`, the crud map's tag resource type `Instance`)"
  }

  create {
    actions = [
      "lightsail:CreateInstances",
      "lightsail:EnableAddOn",
      "lightsail:GetInstance",
      "lightsail:GetOperation",
    ]
    source  = "lightsail.resourceInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:DisableAddOn", "lightsail:EnableAddOn", "lightsail:SetIpAddressType"]
    source     = "lightsail.resourceInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteInstance", "lightsail:GetOperation"]
    source  = "lightsail.resourceInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_instance_public_ports" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceInstancePublicPortsCreate, lightsail.resourceInstancePublicPortsRead, lightsail.resourceInstancePublicPortsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetInstancePortStates"]
    source  = "lightsail.resourceInstancePublicPortsRead"
  }

  create {
    actions = ["lightsail:GetInstancePortStates", "lightsail:PutInstancePublicPorts"]
    source  = "lightsail.resourceInstancePublicPortsCreate"
  }

  delete {
    actions = ["lightsail:CloseInstancePublicPorts"]
    source  = "lightsail.resourceInstancePublicPortsDelete"
  }
}

resource "aws_lightsail_key_pair" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceKeyPairCreate, lightsail.resourceKeyPairRead, lightsail.resourceKeyPairUpdate, lightsail.resourceKeyPairDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: lightsail:UntagResource"

  read {
    actions = ["lightsail:GetKeyPair"]
    source  = "lightsail.resourceKeyPairRead + lightsail.(*servicePackage).ListTags (only its operations naming `KeyPair`, the crud map's tag resource type `KeyPair`)"
  }

  create {
    actions = [
      "lightsail:CreateKeyPair",
      "lightsail:GetKeyPair",
      "lightsail:GetOperation",
      "lightsail:ImportKeyPair",
    ]
    source  = "lightsail.resourceKeyPairCreate"
  }

  create {
    if_set  = "tags"
    actions = ["lightsail:TagResource"]
    source  = "lightsail.resourceKeyPairCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = []
    source     = "lightsail.resourceKeyPairUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteKeyPair", "lightsail:GetOperation"]
    source  = "lightsail.resourceKeyPairDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_lb" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceLoadBalancerCreate, lightsail.resourceLoadBalancerRead, lightsail.resourceLoadBalancerUpdate, lightsail.resourceLoadBalancerDelete) + iamlive-map 2022-08-19"
  note    = "lightsail.(*servicePackage).ListTags: no operation names the crud map's tag resource type `LB`, so all its operations are kept"

  read {
    actions = [
      "lightsail:GetBuckets",
      "lightsail:GetCertificates",
      "lightsail:GetContainerServices",
      "lightsail:GetDisk",
      "lightsail:GetDistributions",
      "lightsail:GetInstance",
      "lightsail:GetKeyPair",
      "lightsail:GetLoadBalancer",
      "lightsail:GetRelationalDatabase",
    ]
    source  = "lightsail.resourceLoadBalancerRead + lightsail.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "lightsail:CreateLoadBalancer",
      "lightsail:GetLoadBalancer",
      "lightsail:GetOperation",
    ]
    source  = "lightsail.resourceLoadBalancerCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:UpdateLoadBalancerAttribute"]
    source     = "lightsail.resourceLoadBalancerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lightsail:TagResource", "lightsail:UntagResource"]
    source     = "lightsail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lightsail:DeleteLoadBalancer", "lightsail:GetOperation"]
    source  = "lightsail.resourceLoadBalancerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_lb_attachment" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceLoadBalancerAttachmentCreate, lightsail.resourceLoadBalancerAttachmentRead, lightsail.resourceLoadBalancerAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetLoadBalancer"]
    source  = "lightsail.resourceLoadBalancerAttachmentRead"
  }

  create {
    actions = [
      "lightsail:AttachInstancesToLoadBalancer",
      "lightsail:GetLoadBalancer",
      "lightsail:GetOperation",
    ]
    source  = "lightsail.resourceLoadBalancerAttachmentCreate"
  }

  delete {
    actions = ["lightsail:DetachInstancesFromLoadBalancer", "lightsail:GetOperation"]
    source  = "lightsail.resourceLoadBalancerAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_lb_certificate" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceLoadBalancerCertificateCreate, lightsail.resourceLoadBalancerCertificateRead, lightsail.resourceLoadBalancerCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetLoadBalancerTlsCertificates"]
    source  = "lightsail.resourceLoadBalancerCertificateRead"
  }

  create {
    actions = [
      "lightsail:CreateLoadBalancerTlsCertificate",
      "lightsail:GetLoadBalancerTlsCertificates",
      "lightsail:GetOperation",
    ]
    source  = "lightsail.resourceLoadBalancerCertificateCreate"
  }

  delete {
    actions = ["lightsail:DeleteLoadBalancerTlsCertificate", "lightsail:GetOperation"]
    source  = "lightsail.resourceLoadBalancerCertificateDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_lb_certificate_attachment" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceLoadBalancerCertificateAttachmentCreate, lightsail.resourceLoadBalancerCertificateAttachmentRead, lightsail.resourceLoadBalancerCertificateAttachmentDelete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete lightsail.resourceLoadBalancerCertificateAttachmentDelete (no call-graph entry)"

  read {
    actions = ["lightsail:GetLoadBalancerTlsCertificates"]
    source  = "lightsail.resourceLoadBalancerCertificateAttachmentRead"
  }

  create {
    actions = [
      "lightsail:AttachLoadBalancerTlsCertificate",
      "lightsail:GetLoadBalancerTlsCertificates",
      "lightsail:GetOperation",
    ]
    source  = "lightsail.resourceLoadBalancerCertificateAttachmentCreate"
  }
}

resource "aws_lightsail_lb_https_redirection_policy" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceLoadBalancerHTTPSRedirectionPolicyCreate, lightsail.resourceLoadBalancerHTTPSRedirectionPolicyRead, lightsail.resourceLoadBalancerHTTPSRedirectionPolicyUpdate, lightsail.resourceLoadBalancerHTTPSRedirectionPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetLoadBalancer"]
    source  = "lightsail.resourceLoadBalancerHTTPSRedirectionPolicyRead"
  }

  create {
    actions = [
      "lightsail:GetLoadBalancer",
      "lightsail:GetOperation",
      "lightsail:UpdateLoadBalancerAttribute",
    ]
    source  = "lightsail.resourceLoadBalancerHTTPSRedirectionPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:UpdateLoadBalancerAttribute"]
    source     = "lightsail.resourceLoadBalancerHTTPSRedirectionPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lightsail:GetOperation", "lightsail:UpdateLoadBalancerAttribute"]
    source  = "lightsail.resourceLoadBalancerHTTPSRedirectionPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_lb_stickiness_policy" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceLoadBalancerStickinessPolicyCreate, lightsail.resourceLoadBalancerStickinessPolicyRead, lightsail.resourceLoadBalancerStickinessPolicyUpdate, lightsail.resourceLoadBalancerStickinessPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetLoadBalancer"]
    source  = "lightsail.resourceLoadBalancerStickinessPolicyRead"
  }

  create {
    actions = [
      "lightsail:GetLoadBalancer",
      "lightsail:GetOperation",
      "lightsail:UpdateLoadBalancerAttribute",
    ]
    source  = "lightsail.resourceLoadBalancerStickinessPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["lightsail:UpdateLoadBalancerAttribute"]
    source     = "lightsail.resourceLoadBalancerStickinessPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lightsail:GetOperation", "lightsail:UpdateLoadBalancerAttribute"]
    source  = "lightsail.resourceLoadBalancerStickinessPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lightsail_static_ip" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceStaticIPCreate, lightsail.resourceStaticIPRead, lightsail.resourceStaticIPDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetStaticIp"]
    source  = "lightsail.resourceStaticIPRead"
  }

  create {
    actions = ["lightsail:AllocateStaticIp", "lightsail:GetStaticIp"]
    source  = "lightsail.resourceStaticIPCreate"
  }

  delete {
    actions = ["lightsail:ReleaseStaticIp"]
    source  = "lightsail.resourceStaticIPDelete"
  }
}

resource "aws_lightsail_static_ip_attachment" {
  service = "lightsail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lightsail.resourceStaticIPAttachmentCreate, lightsail.resourceStaticIPAttachmentRead, lightsail.resourceStaticIPAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lightsail:GetStaticIp"]
    source  = "lightsail.resourceStaticIPAttachmentRead"
  }

  create {
    actions = ["lightsail:AttachStaticIp", "lightsail:GetStaticIp"]
    source  = "lightsail.resourceStaticIPAttachmentCreate"
  }

  delete {
    actions = ["lightsail:DetachStaticIp"]
    source  = "lightsail.resourceStaticIPAttachmentDelete"
  }
}
