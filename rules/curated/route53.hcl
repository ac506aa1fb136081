# Amazon Route 53 (IAM prefix route53): hand-curated rules for hosted zones, records and the aws_route53_zone data source.

resource "aws_route53_record" {
  service           = "route53"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/route53/record.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions  = ["route53:GetHostedZone", "route53:ListResourceRecordSets"]
    resource = "arn:${partition}:route53:::hostedzone/${zone_id}"
    source   = "resourceRecordRead (findHostedZoneByID, findResourceRecordSetByFourPartKey)"
  }

  create {
    actions  = ["route53:ChangeResourceRecordSets"]
    resource = "arn:${partition}:route53:::hostedzone/${zone_id}"
    source   = "resourceRecordCreate (ChangeResourceRecordSets CREATE/UPSERT, waitChangeInsync)"
  }

  create {
    actions = ["route53:GetChange"]
    source  = "resourceRecordCreate (ChangeResourceRecordSets CREATE/UPSERT, waitChangeInsync)"
  }

  update {
    attributes = [
      "alias",
      "allow_overwrite",
      "cidr_routing_policy",
      "failover_routing_policy",
      "geolocation_routing_policy",
      "geoproximity_routing_policy",
      "health_check_id",
      "latency_routing_policy",
      "multivalue_answer_routing_policy",
      "name",
      "records",
      "set_identifier",
      "ttl",
      "type",
      "weighted_routing_policy",
    ]
    actions    = ["route53:ChangeResourceRecordSets"]
    resource   = "arn:${partition}:route53:::hostedzone/${zone_id}"
    source     = "resourceRecordUpdate (ChangeResourceRecordSets DELETE+CREATE batch, waitChangeInsync)"
  }

  update {
    attributes = [
      "alias",
      "allow_overwrite",
      "cidr_routing_policy",
      "failover_routing_policy",
      "geolocation_routing_policy",
      "geoproximity_routing_policy",
      "health_check_id",
      "latency_routing_policy",
      "multivalue_answer_routing_policy",
      "name",
      "records",
      "set_identifier",
      "ttl",
      "type",
      "weighted_routing_policy",
    ]
    actions    = ["route53:GetChange"]
    source     = "resourceRecordUpdate (ChangeResourceRecordSets DELETE+CREATE batch, waitChangeInsync)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions  = ["route53:ChangeResourceRecordSets"]
    resource = "arn:${partition}:route53:::hostedzone/${zone_id}"
    source   = "resourceRecordDelete (find record set, ChangeResourceRecordSets DELETE, waitChangeInsync)"
  }

  delete {
    actions = ["route53:GetChange"]
    source  = "resourceRecordDelete (find record set, ChangeResourceRecordSets DELETE, waitChangeInsync)"
    note    = "GetChange polls the DELETE change batch until INSYNC"
  }
}

resource "aws_route53_zone" {
  service           = "route53"
  source            = "terraform-provider-aws 036631a1dee59efb6d1986c0a19b373402bda29f internal/service/route53/zone.go; terraform-provider-aws v6.60.0 provider-model call_patterns (enable_accelerated_recovery)"
  arn               = "arn:${partition}:route53:::hostedzone/${zone_id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["route53:GetHostedZone", "route53:ListTagsForResource"]
    source  = "resourceZoneRead (FindHostedZoneByID, ListTags)"
  }

  read {
    if_set  = "vpc"
    actions = ["route53:ListResourceRecordSets"]
    source  = "resourceZoneRead (getNameServers for private zones)"
  }

  create {
    actions = ["route53:CreateHostedZone", "route53:GetChange"]
    source  = "resourceZoneCreate (CreateHostedZone, waitForChangeSynchronization)"
  }

  create {
    if_set  = "enable_accelerated_recovery"
    actions = ["route53:UpdateHostedZoneFeatures"]
    source  = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceZoneCreate (UpdateHostedZoneFeatures)"
  }

  create {
    if_set  = "tags_all"
    actions = ["route53:ChangeTagsForResource"]
    source  = "resourceZoneCreate (UpdateTags after create; CreateHostedZone takes no tags)"
  }

  create {
    if_set  = "vpc"
    actions = ["ec2:DescribeVpcs", "route53:AssociateVPCWithHostedZone"]
    source  = "resourceZoneCreate (private zone; hostedZoneVPCAssociate for additional VPCs); AWS docs: Route 53 API permissions reference (private hosted zones need ec2:DescribeVpcs)"
  }

  update {
    attributes = ["comment"]
    actions    = ["route53:UpdateHostedZoneComment"]
    source     = "resourceZoneUpdate (UpdateHostedZoneComment)"
  }

  update {
    attributes = ["enable_accelerated_recovery"]
    actions    = ["route53:UpdateHostedZoneFeatures"]
    source     = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceZoneUpdate (UpdateHostedZoneFeatures)"
  }

  update {
    attributes = ["force_destroy", "timeouts"]
    actions    = []
    source     = "no API call (read by Delete)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53:ChangeTagsForResource"]
    source     = "UpdateTags (ChangeTagsForResource)"
  }

  update {
    attributes = ["vpc"]
    actions    = [
      "ec2:DescribeVpcs",
      "route53:AssociateVPCWithHostedZone",
      "route53:DisassociateVPCFromHostedZone",
      "route53:GetChange",
    ]
    source     = "resourceZoneUpdate (hostedZoneVPCAssociate / hostedZoneVPCDisassociate); AWS docs: Route 53 API permissions reference (private hosted zones need ec2:DescribeVpcs)"
  }

  delete {
    actions = ["route53:DeleteHostedZone"]
    source  = "resourceZoneDelete (DeleteHostedZone)"
  }

  delete {
    actions = ["route53:GetChange"]
    source  = "capture: realrun aws_route53_zone destroy (hashicorp/aws 5.100.0, 2026-11-21)"
    note    = "provider 5.100.0 waits for DeleteHostedZone's change to be INSYNC (denied without it)"
  }

  delete {
    if_set  = "enable_accelerated_recovery"
    actions = ["route53:UpdateHostedZoneFeatures"]
    source  = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceZoneDelete (UpdateHostedZoneFeatures)"
  }

  delete {
    if_set  = "force_destroy"
    actions = [
      "route53:ChangeResourceRecordSets",
      "route53:DisableHostedZoneDNSSEC",
      "route53:GetChange",
      "route53:GetDNSSEC",
      "route53:ListResourceRecordSets",
    ]
    source  = "resourceZoneDelete (deleteAllRecordsInHostedZoneId, disableDNSSECForZone)"
    note    = "ListResourceRecordSets enumerates the records to delete, GetChange waits for each batch, GetDNSSEC checks signing before DisableHostedZoneDNSSEC"
  }
}

data "aws_route53_zone" {
  service           = "route53"
  source            = "terraform-provider-aws 0ebfd2b075436ad8206d8631490bf4a3861bb506 internal/service/route53/zone_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["route53:GetHostedZone", "route53:ListTagsForResource"]
    source  = "dataSourceZoneRead (findHostedZoneByID, findHostedZoneNameServers, listTags)"
  }

  read {
    if_set  = "private_zone"
    actions = ["route53:ListResourceRecordSets"]
    source  = "findHostedZoneNameServers (findNameServersByZone for private zones)"
  }

  read {
    if_set  = "vpc_id"
    actions = ["route53:ListResourceRecordSets"]
    source  = "findHostedZoneNameServers (findNameServersByZone for private zones)"
  }

  read {
    unless_set = "zone_id"
    actions    = ["route53:ListHostedZones"]
    source     = "dataSourceZoneRead (ListHostedZones when looking up by name)"
  }
}
