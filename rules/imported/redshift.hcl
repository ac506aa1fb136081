# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_redshift_authentication_profile" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceAuthenticationProfileCreate, redshift.resourceAuthenticationProfileRead, redshift.resourceAuthenticationProfileUpdate, redshift.resourceAuthenticationProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeAuthenticationProfiles"]
    source  = "redshift.resourceAuthenticationProfileRead"
  }

  create {
    actions = ["redshift:CreateAuthenticationProfile", "redshift:DescribeAuthenticationProfiles"]
    source  = "redshift.resourceAuthenticationProfileCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyAuthenticationProfile"]
    source     = "redshift.resourceAuthenticationProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DeleteAuthenticationProfile"]
    source  = "redshift.resourceAuthenticationProfileDelete"
  }
}

resource "aws_redshift_cluster" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceClusterCreate, redshift.resourceClusterRead, redshift.resourceClusterUpdate, redshift.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by redshift.CreateCluster, redshift.RestoreFromClusterSnapshot (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["redshift:DescribeClusters", "redshift:DescribeTags"]
    source  = "redshift.resourceClusterRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "redshift:CreateCluster",
      "redshift:DescribeClusters",
      "redshift:ModifyCluster",
      "redshift:RestoreFromClusterSnapshot",
    ]
    source  = "redshift.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = [
      "redshift:ModifyAquaConfiguration",
      "redshift:ModifyCluster",
      "redshift:ModifyClusterIamRoles",
      "redshift:RebootCluster",
    ]
    source     = "redshift.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteCluster", "redshift:DescribeClusters"]
    source  = "redshift.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_cluster_iam_roles" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceClusterIAMRolesCreate, redshift.resourceClusterIAMRolesRead, redshift.resourceClusterIAMRolesUpdate, redshift.resourceClusterIAMRolesDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeClusters"]
    source  = "redshift.resourceClusterIAMRolesRead"
  }

  create {
    actions = ["redshift:DescribeClusters", "redshift:ModifyClusterIamRoles"]
    source  = "redshift.resourceClusterIAMRolesCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyClusterIamRoles"]
    source     = "redshift.resourceClusterIAMRolesUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DescribeClusters", "redshift:ModifyClusterIamRoles"]
    source  = "redshift.resourceClusterIAMRolesDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_cluster_snapshot" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceClusterSnapshotCreate, redshift.resourceClusterSnapshotRead, redshift.resourceClusterSnapshotUpdate, redshift.resourceClusterSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeClusterSnapshots", "redshift:DescribeTags"]
    source  = "redshift.resourceClusterSnapshotRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateClusterSnapshot", "redshift:DescribeClusterSnapshots"]
    source  = "redshift.resourceClusterSnapshotCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyClusterSnapshot"]
    source     = "redshift.resourceClusterSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteClusterSnapshot", "redshift:DescribeClusterSnapshots"]
    source  = "redshift.resourceClusterSnapshotDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_data_share_authorization" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*dataShareAuthorizationResource).Create, redshift.(*dataShareAuthorizationResource).Read, redshift.(*dataShareAuthorizationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeDataShares"]
    source  = "redshift.(*dataShareAuthorizationResource).Read"
  }

  create {
    actions = ["redshift:AuthorizeDataShare"]
    source  = "redshift.(*dataShareAuthorizationResource).Create"
  }

  delete {
    actions = ["redshift:DeauthorizeDataShare"]
    source  = "redshift.(*dataShareAuthorizationResource).Delete"
  }
}

resource "aws_redshift_data_share_consumer_association" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*dataShareConsumerAssociationResource).Create, redshift.(*dataShareConsumerAssociationResource).Read, redshift.(*dataShareConsumerAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeDataShares"]
    source  = "redshift.(*dataShareConsumerAssociationResource).Read"
  }

  create {
    actions = ["redshift:AssociateDataShareConsumer"]
    source  = "redshift.(*dataShareConsumerAssociationResource).Create"
  }

  delete {
    actions = ["redshift:DisassociateDataShareConsumer"]
    source  = "redshift.(*dataShareConsumerAssociationResource).Delete"
  }
}

resource "aws_redshift_endpoint_access" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceEndpointAccessCreate, redshift.resourceEndpointAccessRead, redshift.resourceEndpointAccessUpdate, redshift.resourceEndpointAccessDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeEndpointAccess"]
    source  = "redshift.resourceEndpointAccessRead"
  }

  create {
    actions = ["redshift:CreateEndpointAccess", "redshift:DescribeEndpointAccess"]
    source  = "redshift.resourceEndpointAccessCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyEndpointAccess"]
    source     = "redshift.resourceEndpointAccessUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DeleteEndpointAccess", "redshift:DescribeEndpointAccess"]
    source  = "redshift.resourceEndpointAccessDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_endpoint_authorization" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceEndpointAuthorizationCreate, redshift.resourceEndpointAuthorizationRead, redshift.resourceEndpointAuthorizationUpdate, redshift.resourceEndpointAuthorizationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeEndpointAuthorization"]
    source  = "redshift.resourceEndpointAuthorizationRead"
  }

  create {
    actions = ["redshift:AuthorizeEndpointAccess", "redshift:DescribeEndpointAuthorization"]
    source  = "redshift.resourceEndpointAuthorizationCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:AuthorizeEndpointAccess", "redshift:RevokeEndpointAccess"]
    source     = "redshift.resourceEndpointAuthorizationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:RevokeEndpointAccess"]
    source  = "redshift.resourceEndpointAuthorizationDelete"
  }
}

resource "aws_redshift_event_subscription" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceEventSubscriptionCreate, redshift.resourceEventSubscriptionRead, redshift.resourceEventSubscriptionUpdate, redshift.resourceEventSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeEventSubscriptions", "redshift:DescribeTags"]
    source  = "redshift.resourceEventSubscriptionRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateEventSubscription", "redshift:DescribeEventSubscriptions"]
    source  = "redshift.resourceEventSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyEventSubscription"]
    source     = "redshift.resourceEventSubscriptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteEventSubscription"]
    source  = "redshift.resourceEventSubscriptionDelete"
  }
}

resource "aws_redshift_hsm_client_certificate" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceHSMClientCertificateCreate, redshift.resourceHSMClientCertificateRead, redshift.resourceHSMClientCertificateUpdate, redshift.resourceHSMClientCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeHsmClientCertificates", "redshift:DescribeTags"]
    source  = "redshift.resourceHSMClientCertificateRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateHsmClientCertificate", "redshift:DescribeHsmClientCertificates"]
    source  = "redshift.resourceHSMClientCertificateCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "redshift.resourceHSMClientCertificateUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteHsmClientCertificate"]
    source  = "redshift.resourceHSMClientCertificateDelete"
  }
}

resource "aws_redshift_hsm_configuration" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceHSMConfigurationCreate, redshift.resourceHSMConfigurationRead, redshift.resourceHSMConfigurationUpdate, redshift.resourceHSMConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeHsmConfigurations", "redshift:DescribeTags"]
    source  = "redshift.resourceHSMConfigurationRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateHsmConfiguration", "redshift:DescribeHsmConfigurations"]
    source  = "redshift.resourceHSMConfigurationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "redshift.resourceHSMConfigurationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteHsmConfiguration"]
    source  = "redshift.resourceHSMConfigurationDelete"
  }
}

resource "aws_redshift_idc_application" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*idcApplicationResource).Create, redshift.(*idcApplicationResource).Read, redshift.(*idcApplicationResource).Update, redshift.(*idcApplicationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift:CreateRedshiftIdcApplication, redshift:DeleteRedshiftIdcApplication, redshift:DescribeRedshiftIdcApplications, redshift:ModifyRedshiftIdcApplication"

  read {
    actions = ["redshift:DescribeRedshiftIdcApplications", "redshift:DescribeTags"]
    source  = "redshift.(*idcApplicationResource).Read + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateRedshiftIdcApplication"]
    source  = "redshift.(*idcApplicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyRedshiftIdcApplication"]
    source     = "redshift.(*idcApplicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteRedshiftIdcApplication"]
    source  = "redshift.(*idcApplicationResource).Delete"
  }
}

resource "aws_redshift_integration" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*integrationResource).Create, redshift.(*integrationResource).Read, redshift.(*integrationResource).Update, redshift.(*integrationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift:CreateIntegration, redshift:DeleteIntegration, redshift:DescribeIntegrations, redshift:ModifyIntegration"

  read {
    actions = ["redshift:DescribeIntegrations", "redshift:DescribeTags"]
    source  = "redshift.(*integrationResource).Read + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateIntegration", "redshift:DescribeIntegrations"]
    source  = "redshift.(*integrationResource).Create"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyIntegration"]
    source     = "redshift.(*integrationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteIntegration", "redshift:DescribeIntegrations"]
    source  = "redshift.(*integrationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_logging" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*loggingResource).Create, redshift.(*loggingResource).Read, redshift.(*loggingResource).Update, redshift.(*loggingResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeLoggingStatus"]
    source  = "redshift.(*loggingResource).Read"
  }

  create {
    actions = ["redshift:EnableLogging"]
    source  = "redshift.(*loggingResource).Create"
  }

  update {
    attributes = []
    actions    = ["redshift:EnableLogging"]
    source     = "redshift.(*loggingResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DisableLogging"]
    source  = "redshift.(*loggingResource).Delete"
  }
}

resource "aws_redshift_namespace_registration" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*namespaceRegistrationResource).Create, redshift.(*namespaceRegistrationResource).Read, redshift.(*namespaceRegistrationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift:DeregisterNamespace, redshift:RegisterNamespace"

  read {
    actions = ["redshift:DescribeClusters", "redshift:DescribeDataShares"]
    source  = "redshift.(*namespaceRegistrationResource).Read"
  }

  create {
    actions = [
      "redshift:DescribeClusters",
      "redshift:DescribeDataShares",
      "redshift:RegisterNamespace",
    ]
    source  = "redshift.(*namespaceRegistrationResource).Create"
  }

  delete {
    actions = ["redshift:DeregisterNamespace"]
    source  = "redshift.(*namespaceRegistrationResource).Delete"
  }
}

resource "aws_redshift_parameter_group" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceParameterGroupCreate, redshift.resourceParameterGroupRead, redshift.resourceParameterGroupUpdate, redshift.resourceParameterGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "redshift:DescribeClusterParameterGroups",
      "redshift:DescribeClusterParameters",
      "redshift:DescribeTags",
    ]
    source  = "redshift.resourceParameterGroupRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "redshift:CreateClusterParameterGroup",
      "redshift:DescribeClusterParameterGroups",
      "redshift:DescribeClusterParameters",
      "redshift:ModifyClusterParameterGroup",
    ]
    source  = "redshift.resourceParameterGroupCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyClusterParameterGroup"]
    source     = "redshift.resourceParameterGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteClusterParameterGroup"]
    source  = "redshift.resourceParameterGroupDelete"
  }
}

resource "aws_redshift_partner" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourcePartnerCreate, redshift.resourcePartnerRead, redshift.resourcePartnerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribePartners"]
    source  = "redshift.resourcePartnerRead"
  }

  create {
    actions = ["redshift:AddPartner", "redshift:DescribePartners"]
    source  = "redshift.resourcePartnerCreate"
  }

  delete {
    actions = ["redshift:DeletePartner"]
    source  = "redshift.resourcePartnerDelete"
  }
}

resource "aws_redshift_resource_policy" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceResourcePolicyPut, redshift.resourceResourcePolicyRead, redshift.resourceResourcePolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift:DeleteResourcePolicy, redshift:GetResourcePolicy, redshift:PutResourcePolicy"

  read {
    actions = ["redshift:GetResourcePolicy"]
    source  = "redshift.resourceResourcePolicyRead"
  }

  create {
    actions = ["redshift:GetResourcePolicy", "redshift:PutResourcePolicy"]
    source  = "redshift.resourceResourcePolicyPut"
  }

  update {
    attributes = []
    actions    = ["redshift:PutResourcePolicy"]
    source     = "redshift.resourceResourcePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DeleteResourcePolicy"]
    source  = "redshift.resourceResourcePolicyDelete"
  }
}

resource "aws_redshift_scheduled_action" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceScheduledActionCreate, redshift.resourceScheduledActionRead, redshift.resourceScheduledActionUpdate, redshift.resourceScheduledActionDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by redshift.CreateScheduledAction, redshift.ModifyScheduledAction (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["redshift:DescribeScheduledActions"]
    source  = "redshift.resourceScheduledActionRead"
  }

  create {
    actions = ["redshift:CreateScheduledAction", "redshift:DescribeScheduledActions"]
    source  = "redshift.resourceScheduledActionCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyScheduledAction"]
    source     = "redshift.resourceScheduledActionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DeleteScheduledAction"]
    source  = "redshift.resourceScheduledActionDelete"
  }
}

resource "aws_redshift_snapshot_copy" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.(*snapshotCopyResource).Create, redshift.(*snapshotCopyResource).Read, redshift.(*snapshotCopyResource).Update, redshift.(*snapshotCopyResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeClusters"]
    source  = "redshift.(*snapshotCopyResource).Read"
  }

  create {
    actions = ["redshift:EnableSnapshotCopy"]
    source  = "redshift.(*snapshotCopyResource).Create"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifySnapshotCopyRetentionPeriod"]
    source     = "redshift.(*snapshotCopyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift:DisableSnapshotCopy"]
    source  = "redshift.(*snapshotCopyResource).Delete"
  }
}

resource "aws_redshift_snapshot_copy_grant" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceSnapshotCopyGrantCreate, redshift.resourceSnapshotCopyGrantRead, redshift.resourceSnapshotCopyGrantUpdate, redshift.resourceSnapshotCopyGrantDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeSnapshotCopyGrants", "redshift:DescribeTags"]
    source  = "redshift.resourceSnapshotCopyGrantRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateSnapshotCopyGrant", "redshift:DescribeSnapshotCopyGrants"]
    source  = "redshift.resourceSnapshotCopyGrantCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "redshift.resourceSnapshotCopyGrantUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteSnapshotCopyGrant", "redshift:DescribeSnapshotCopyGrants"]
    source  = "redshift.resourceSnapshotCopyGrantDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_snapshot_schedule" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceSnapshotScheduleCreate, redshift.resourceSnapshotScheduleRead, redshift.resourceSnapshotScheduleUpdate, redshift.resourceSnapshotScheduleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeSnapshotSchedules", "redshift:DescribeTags"]
    source  = "redshift.resourceSnapshotScheduleRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateSnapshotSchedule", "redshift:DescribeSnapshotSchedules"]
    source  = "redshift.resourceSnapshotScheduleCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifySnapshotSchedule"]
    source     = "redshift.resourceSnapshotScheduleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "redshift:DeleteSnapshotSchedule",
      "redshift:DescribeSnapshotSchedules",
      "redshift:ModifyClusterSnapshotSchedule",
    ]
    source  = "redshift.resourceSnapshotScheduleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_snapshot_schedule_association" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceSnapshotScheduleAssociationCreate, redshift.resourceSnapshotScheduleAssociationRead, redshift.resourceSnapshotScheduleAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeSnapshotSchedules"]
    source  = "redshift.resourceSnapshotScheduleAssociationRead"
  }

  create {
    actions = ["redshift:DescribeSnapshotSchedules", "redshift:ModifyClusterSnapshotSchedule"]
    source  = "redshift.resourceSnapshotScheduleAssociationCreate"
  }

  delete {
    actions = ["redshift:DescribeSnapshotSchedules", "redshift:ModifyClusterSnapshotSchedule"]
    source  = "redshift.resourceSnapshotScheduleAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshift_subnet_group" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceSubnetGroupCreate, redshift.resourceSubnetGroupRead, redshift.resourceSubnetGroupUpdate, redshift.resourceSubnetGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeClusterSubnetGroups", "redshift:DescribeTags"]
    source  = "redshift.resourceSubnetGroupRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateClusterSubnetGroup", "redshift:DescribeClusterSubnetGroups"]
    source  = "redshift.resourceSubnetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyClusterSubnetGroup"]
    source     = "redshift.resourceSubnetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteClusterSubnetGroup"]
    source  = "redshift.resourceSubnetGroupDelete"
  }
}

resource "aws_redshift_usage_limit" {
  service = "redshift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshift.resourceUsageLimitCreate, redshift.resourceUsageLimitRead, redshift.resourceUsageLimitUpdate, redshift.resourceUsageLimitDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift:DescribeTags", "redshift:DescribeUsageLimits"]
    source  = "redshift.resourceUsageLimitRead + redshift.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift:CreateUsageLimit", "redshift:DescribeUsageLimits"]
    source  = "redshift.resourceUsageLimitCreate"
  }

  update {
    attributes = []
    actions    = ["redshift:ModifyUsageLimit"]
    source     = "redshift.resourceUsageLimitUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift:CreateTags", "redshift:DeleteTags"]
    source     = "redshift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift:DeleteUsageLimit"]
    source  = "redshift.resourceUsageLimitDelete"
  }
}

data "aws_redshift_cluster" {
  service = "redshift"
  source  = "import: pike data/redshift/aws_redshift_cluster.json"

  read {
    actions = ["redshift:DescribeClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_redshift_cluster_credentials" {
  service = "redshift"
  source  = "import: pike data/redshift/aws_redshift_cluster_credentials.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: redshift:GetClusterCredentials"

  read {
    actions = ["redshift:GetClusterCredentials"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_redshift_data_shares" {
  service = "redshift"
  source  = "import: pike data/redshift/aws_redshift_data_shares.json"

  read {
    actions = ["redshift:DescribeDataShares"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_redshift_orderable_cluster" {
  service = "redshift"
  source  = "import: pike data/redshift/aws_redshift_orderable_cluster.json"

  read {
    actions = ["redshift:DescribeOrderableClusterOptions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_redshift_producer_data_shares" {
  service = "redshift"
  source  = "import: pike data/redshift/aws_redshift_producer_data_shares.json"

  read {
    actions = ["redshift:DescribeDataSharesForProducer"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_redshift_subnet_group" {
  service = "redshift"
  source  = "import: pike data/redshift/aws_redshift_subnet_group.json"

  read {
    actions = ["redshift:DescribeClusterSubnetGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
