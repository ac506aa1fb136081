# AWS CodeBuild (IAM prefix codebuild): hand-curated rules for aws_codebuild_project.

resource "aws_codebuild_project" {
  service           = "codebuild"
  source            = "terraform-provider-aws v5 internal/service/codebuild/project.go (stored file id 1455574493: create visibility step, update, delete, find); terraform-provider-aws v6.60.0 provider-model call_patterns"
  arn               = "arn:${partition}:codebuild:${region}:${account}:project/${name}"
  provider_versions = "5.100.0, 6.x"
  note              = "CodeBuild has no tagging actions of its own: tags travel in CreateProject/UpdateProject (the whole tag set is resent on every UpdateProject)"

  read {
    actions = ["codebuild:BatchGetProjects"]
    source  = "resourceProjectRead (findProjectByNameOrARN: BatchGetProjects; tags from the response)"
  }

  create {
    actions = ["codebuild:CreateProject"]
    source  = "resourceProjectCreate (CreateProject with tags, retried while the service role is not yet assumable)"
  }

  create {
    unless_equals = ["project_visibility", "PRIVATE"]
    actions       = ["codebuild:UpdateProjectVisibility"]
    source        = "resourceProjectCreate (UpdateProjectVisibility when project_visibility is not PRIVATE, with resource_access_role)"
  }

  update {
    attributes = [
      "artifacts",
      "auto_retry_limit",
      "badge_enabled",
      "build_batch_config",
      "build_timeout",
      "cache",
      "concurrent_build_limit",
      "description",
      "encryption_key",
      "environment",
      "file_system_locations",
      "logs_config",
      "queued_timeout",
      "secondary_artifacts",
      "secondary_source_version",
      "secondary_sources",
      "service_role",
      "source",
      "source_version",
      "tags",
      "vpc_config",
    ]
    actions    = ["codebuild:UpdateProject"]
    source     = "resourceProjectUpdate (HasChangesExcept(project_visibility, resource_access_role) -> UpdateProject with the full tag set)"
  }

  update {
    attributes = ["project_visibility", "resource_access_role"]
    actions    = ["codebuild:UpdateProjectVisibility"]
    source     = "resourceProjectUpdate (UpdateProjectVisibility)"
  }

  delete {
    actions = ["codebuild:DeleteProject"]
    source  = "resourceProjectDelete (DeleteProject)"
  }

  pass_role {
    attribute = "build_batch_config.service_role"
    service   = "codebuild.amazonaws.com"
    source    = "CreateProject/UpdateProject BuildBatchConfig.ServiceRole (iam:PassRole)"
  }

  pass_role {
    attribute = "resource_access_role"
    service   = "codebuild.amazonaws.com"
    source    = "UpdateProjectVisibility ResourceAccessRole; AWS docs: CodeBuild User Guide, public build projects (iam:PassRole)"
  }

  pass_role {
    attribute = "service_role"
    service   = "codebuild.amazonaws.com"
    source    = "CreateProject/UpdateProject ServiceRole; AWS docs: CodeBuild User Guide, Allow CodeBuild to interact with other AWS services (iam:PassRole)"
  }
}
