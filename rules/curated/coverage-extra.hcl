# Managed resource types the import could not source (no resolved calls): hand-curated from terraform-provider-aws source and AWS docs.

resource "aws_codecatalyst_dev_environment" {
  service           = "codecatalyst"
  source            = "terraform-provider-aws 108f85fd2bfcd9e85ed93fddb752c5cc10dba1ff internal/service/codecatalyst/dev_environment.go"
  provider_versions = "5.100.0, 6.x"
  note              = "CodeCatalyst dev environment APIs (CreateDevEnvironment, GetDevEnvironment, UpdateDevEnvironment, DeleteDevEnvironment) are authorized by a CodeCatalyst bearer token (AWS Builder ID / IAM Identity Center sso-session), not IAM: the IAM reference has no action for them"

  read {
    actions = []
    source  = "resourceDevEnvironmentRead: findDevEnvironmentByID (GetDevEnvironment, bearer-token auth, no IAM action)"
  }

  create {
    actions = []
    source  = "resourceDevEnvironmentCreate: CreateDevEnvironment, waitDevEnvironmentCreated polls GetDevEnvironment (bearer-token auth, no IAM action)"
  }

  update {
    attributes = [
      "alias",
      "ides",
      "inactivity_timeout_minutes",
      "instance_type",
      "persistent_storage",
      "project_name",
      "repositories",
      "space_name",
      "timeouts",
    ]
    actions    = []
    source     = "resourceDevEnvironmentUpdate: UpdateDevEnvironment for alias/instance_type only (bearer-token auth, no IAM action); other arguments change without a call"
  }

  delete {
    actions = []
    source  = "resourceDevEnvironmentDelete: DeleteDevEnvironment (bearer-token auth, no IAM action)"
  }
}

resource "aws_codecatalyst_project" {
  service           = "codecatalyst"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/codecatalyst/project.go"
  provider_versions = "5.100.0, 6.x"
  note              = "CodeCatalyst project APIs (CreateProject, GetProject, UpdateProject, DeleteProject) are authorized by a CodeCatalyst bearer token (AWS Builder ID / IAM Identity Center sso-session), not IAM: the IAM reference has no action for them"

  read {
    actions = []
    source  = "resourceProjectRead: findProjectByName (GetProject, bearer-token auth, no IAM action)"
  }

  create {
    actions = []
    source  = "resourceProjectCreate: CreateProject (bearer-token auth, no IAM action)"
  }

  update {
    attributes = ["description", "display_name", "space_name"]
    actions    = []
    source     = "resourceProjectUpdate: UpdateProject when description changes (bearer-token auth, no IAM action); display_name/space_name change without a call"
  }

  delete {
    actions = []
    source  = "resourceProjectDelete: DeleteProject (bearer-token auth, no IAM action)"
  }
}

resource "aws_codecatalyst_source_repository" {
  service           = "codecatalyst"
  source            = "terraform-provider-aws 088e0878080a74fcf1e35d901992372e4c041214 internal/service/codecatalyst/source_repository.go"
  provider_versions = "5.100.0, 6.x"
  note              = "CodeCatalyst source repository APIs (CreateSourceRepository, GetSourceRepository, DeleteSourceRepository) are authorized by a CodeCatalyst bearer token (AWS Builder ID / IAM Identity Center sso-session), not IAM: the IAM reference has no action for them"

  read {
    actions = []
    source  = "resourceSourceRepositoryRead: findSourceRepositoryByName (GetSourceRepository, bearer-token auth, no IAM action)"
  }

  create {
    actions = []
    source  = "resourceSourceRepositoryCreate: CreateSourceRepository (bearer-token auth, no IAM action)"
  }

  update {
    attributes = ["description", "name", "project_name", "space_name"]
    actions    = []
    source     = "UpdateWithoutTimeout is resourceSourceRepositoryCreate: CreateSourceRepository again (bearer-token auth, no IAM action)"
  }

  delete {
    actions = []
    source  = "resourceSourceRepositoryDelete: DeleteSourceRepository (bearer-token auth, no IAM action)"
  }
}

resource "aws_iam_outbound_web_identity_federation" {
  service           = "iam"
  source            = "terraform-provider-aws 00ecda50b3d07ce12687e62759a4b41a06f719c2 internal/service/iam/outbound_web_identity_federation.go"
  provider_versions = "6.x"

  read {
    actions = ["iam:GetOutboundWebIdentityFederationInfo"]
    source  = "Read: getOutboundWebIdentityFederation (GetOutboundWebIdentityFederationInfo)"
  }

  create {
    actions = ["iam:EnableOutboundWebIdentityFederation"]
    source  = "Create: EnableOutboundWebIdentityFederation; on FeatureEnabledException adopts the existing state via GetOutboundWebIdentityFederationInfo (read)"
  }

  delete {
    actions = ["iam:DisableOutboundWebIdentityFederation"]
    source  = "Delete: DisableOutboundWebIdentityFederation"
  }
}

resource "aws_observabilityadmin_telemetry_enrichment" {
  service           = "observabilityadmin"
  source            = "terraform-provider-aws 0413c661ec1b94f3033c98f3fbd1e8c1b2725589 internal/service/observabilityadmin/telemetry_enrichment.go"
  provider_versions = "6.x"

  read {
    actions = ["observabilityadmin:GetTelemetryEnrichmentStatus"]
    source  = "Read: findTelemetryEnrichment (GetTelemetryEnrichmentStatus)"
  }

  create {
    actions = ["observabilityadmin:StartTelemetryEnrichment"]
    source  = "Create: StartTelemetryEnrichment; waitTelemetryEnrichmentRunning polls GetTelemetryEnrichmentStatus (read)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "framework.WithNoUpdate: every argument is computed; only timeouts can change, without a call"
  }

  delete {
    actions = ["observabilityadmin:StopTelemetryEnrichment"]
    source  = "Delete: findTelemetryEnrichment (read) then StopTelemetryEnrichment; waitTelemetryEnrichmentStopped polls GetTelemetryEnrichmentStatus (read)"
  }
}

resource "aws_resiliencehubv2_input_source" {
  service           = "resiliencehub"
  source            = "terraform-provider-aws 07261a97bdf2564f9c9f5d5b1155b262396b73db internal/service/resiliencehubv2/input_source.go"
  provider_versions = "6.x"
  note              = "input sources have no IAM resource type of their own: every action acts on the parent service (resource type service)"

  read {
    actions  = ["resiliencehub:ListInputSources"]
    resource = "${service_arn}"
    source   = "Read: findInputSourceByTwoPartKey (ListInputSources paginated, filtered by input_source_id)"
  }

  create {
    actions  = ["resiliencehub:CreateInputSource"]
    resource = "${service_arn}"
    source   = "Create: CreateInputSource (retried while the invoker role lacks access)"
  }

  delete {
    actions  = ["resiliencehub:DeleteInputSource"]
    resource = "${service_arn}"
    source   = "Delete: DeleteInputSource"
  }
}

resource "aws_resiliencehubv2_policy" {
  service           = "resiliencehub"
  source            = "terraform-provider-aws 2e07170893620882505fa7949e1f403efc7cc936 internal/service/resiliencehubv2/policy.go"
  arn               = "${arn}"
  provider_versions = "6.x"

  read {
    actions = ["resiliencehub:GetPolicy", "resiliencehub:ListTagsForResource"]
    source  = "Read: findPolicyByARN (GetPolicy); @Tags(identifierAttribute=arn) transparent tagging lists tags (ListTagsForResource)"
  }

  create {
    actions = ["resiliencehub:CreatePolicy"]
    source  = "Create: CreatePolicy (tags sent in the request via getTagsIn)"
  }

  update {
    attributes = ["availability_slo", "data_recovery", "description", "multi_az", "multi_region"]
    actions    = ["resiliencehub:UpdatePolicy"]
    source     = "Update: UpdatePolicy when fwflex.Diff finds a change (Diff skips tags/tags_all); kms_key_id and name are RequiresReplace"
  }

  update {
    attributes = ["tags"]
    actions    = ["resiliencehub:TagResource", "resiliencehub:UntagResource"]
    source     = "transparent tagging interceptor: updateTags (TagResource/UntagResource)"
  }

  delete {
    actions = ["resiliencehub:DeletePolicy"]
    source  = "Delete: DeletePolicy"
  }
}

resource "aws_resiliencehubv2_service" {
  service           = "resiliencehub"
  source            = "terraform-provider-aws 3145f7613cd5c5487fa3cd6f31ec31dc38ba4bb7 internal/service/resiliencehubv2/service.go"
  arn               = "${arn}"
  provider_versions = "6.x"

  read {
    actions = ["resiliencehub:GetService", "resiliencehub:ListTagsForResource"]
    source  = "Read: findServiceByARN (GetService), listTags (ListTagsForResource)"
  }

  create {
    actions = ["resiliencehub:CreateService"]
    source  = "Create: CreateService (tags sent in the request via getTagsIn)"
  }

  update {
    attributes = ["description", "permission_model", "policy_arn", "regions"]
    actions    = ["resiliencehub:UpdateService"]
    source     = "Update: UpdateService (always called); name is RequiresReplace"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "resiliencehub:TagResource",
      "resiliencehub:UntagResource",
      "resiliencehub:UpdateService",
    ]
    source     = "Update: UpdateService is called on every update, then updateTags (TagResource/UntagResource) when tags_all changes"
  }

  delete {
    actions = ["resiliencehub:DeleteService"]
    source  = "Delete: DeleteService"
  }

  pass_role {
    attribute = "permission_model.invoker_role_name"
    service   = "resiliencehub.amazonaws.com"
    source    = "AWS docs: AWS Resilience Hub API Reference, PermissionModel (invokerRoleName: you must have iam:passRole permission for this role while creating or updating)"
  }
}

resource "aws_resiliencehubv2_system" {
  service           = "resiliencehub"
  source            = "terraform-provider-aws 0d14e645c32967ef3f7711fbcb210c46277ea2c8 internal/service/resiliencehubv2/system.go"
  arn               = "${arn}"
  provider_versions = "6.x"

  read {
    actions = ["resiliencehub:GetSystem"]
    source  = "Read: findSystemByARN (GetSystem); tags come from GetSystem (setTagsOut), so the tagging interceptor does not list them"
  }

  create {
    actions = ["resiliencehub:CreateSystem"]
    source  = "Create: CreateSystem (tags sent in the request via getTagsIn)"
  }

  update {
    attributes = ["description", "sharing_enabled"]
    actions    = ["resiliencehub:UpdateSystem"]
    source     = "Update: UpdateSystem when fwflex.Diff finds a change (Diff skips tags/tags_all); kms_key_id and name are RequiresReplace"
  }

  update {
    attributes = ["tags"]
    actions    = ["resiliencehub:TagResource", "resiliencehub:UntagResource"]
    source     = "transparent tagging interceptor (@Tags identifierAttribute=arn): updateTags (TagResource/UntagResource)"
  }

  delete {
    actions = ["resiliencehub:DeleteSystem"]
    source  = "Delete: DeleteSystem"
  }
}

resource "aws_s3control_directory_bucket_access_point_scope" {
  service           = "s3express"
  source            = "terraform-provider-aws 033c721bf1eda7db79395cd73acb54c7efa57ffc internal/service/s3control/directory_bucket_access_point_scope.go"
  arn               = "arn:${partition}:s3express:${region}:${account_id}:accesspoint/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["s3express:GetAccessPointScope"]
    source  = "Read: findDirectoryAccessPointScopeByTwoPartKey (S3 Control GetAccessPointScope; IAM action s3express:GetAccessPointScope)"
  }

  create {
    actions = ["s3express:PutAccessPointScope"]
    source  = "Create: PutAccessPointScope"
  }

  update {
    attributes = ["scope"]
    actions    = ["s3express:PutAccessPointScope"]
    source     = "Update: PutAccessPointScope when scope changes; account_id and name are RequiresReplace"
  }

  delete {
    actions = ["s3express:DeleteAccessPointScope"]
    source  = "Delete: DeleteAccessPointScope"
  }
}
