# Provider actions (Terraform 1.14+ `action` blocks, run by `terraform apply` when a resource's
# lifecycle `action_trigger` fires or with `-invoke`). One entry per action type the provider
# defines, read from its `internal/service/*/*_action.go`: `invoke` blocks list every call the
# action's Invoke makes, its waiters' polling included; `${...}` in `resource` reads the
# action's `config` values (a value that is itself an ARN stands for the whole template).

action "aws_cloudfront_create_invalidation" {
  service           = "cloudfront"
  source            = "terraform-provider-aws 0b7740999b9986c505efc94bb82d14d447d1a53e internal/service/cloudfront/create_invalidation_action.go"
  provider_versions = "6.x"

  invoke {
    actions  = [
      "cloudfront:CreateInvalidation",
      "cloudfront:GetDistribution",
      "cloudfront:GetInvalidation",
    ]
    resource = "arn:${partition}:cloudfront::${account}:distribution/${distribution_id}"
    source   = "Invoke (findDistributionByID -> GetDistribution; CreateInvalidation; actionwait.WaitForStatus polls GetInvalidation until Completed)"
  }
}

action "aws_codebuild_start_build" {
  service           = "codebuild"
  source            = "terraform-provider-aws 1a770687f9822173118d5801e820c8df128f1301 internal/service/codebuild/start_build_action.go"
  provider_versions = "6.x"

  invoke {
    actions  = ["codebuild:BatchGetBuilds", "codebuild:StartBuild"]
    resource = "arn:${partition}:codebuild:${region}:${account}:project/${project_name}"
    source   = "Invoke (StartBuild; actionwait.WaitForStatus polls BatchGetBuilds until SUCCEEDED)"
  }
}

action "aws_dynamodb_create_backup" {
  service           = "dynamodb"
  source            = "terraform-provider-aws 14bcac2bed8ed583cfcd6c2b4d94188eb947e406 internal/service/dynamodb/create_backup_action.go"
  provider_versions = "6.x"
  note              = "table_name is a table name or ARN"

  invoke {
    actions  = ["dynamodb:CreateBackup"]
    resource = "arn:${partition}:dynamodb:${region}:${account}:table/${table_name}"
    source   = "Invoke (CreateBackup, retried while backups are being enabled)"
  }

  invoke {
    actions  = ["dynamodb:DescribeBackup"]
    resource = "arn:${partition}:dynamodb:${region}:${account}:table/${table_name}/backup/*"
    source   = "Invoke (actionwait.WaitForStatus polls DescribeBackup until AVAILABLE)"
  }
}

action "aws_ec2_stop_instance" {
  service           = "ec2"
  source            = "terraform-provider-aws 0c4ee376d3700b2e40a0b603193d65ce1157e6a2 internal/service/ec2/ec2_stop_instance_action.go"
  provider_versions = "6.x"

  invoke {
    actions = ["ec2:DescribeInstances"]
    source  = "Invoke (findInstanceByID -> DescribeInstances before stopping; waitForInstanceStopped polls it until stopped)"
  }

  invoke {
    actions  = ["ec2:StopInstances"]
    resource = "arn:${partition}:ec2:${region}:${account}:instance/${instance_id}"
    source   = "Invoke (StopInstances, unless the instance is already stopped or stopping)"
  }
}

action "aws_events_put_events" {
  service           = "events"
  source            = "terraform-provider-aws 06ca91d1420a971ae1f4612a64e11b20d78b9cf6 internal/service/events/put_events_action.go"
  provider_versions = "6.x"
  note              = "one ARN per entry; an entry without event_bus_name goes to the default bus, which the template cannot name, so its bus is any bus"

  invoke {
    actions  = ["events:PutEvents"]
    resource = "arn:${partition}:events:${region}:${account}:event-bus/${entry.event_bus_name}"
    source   = "Invoke (PutEvents with every entry)"
  }
}

action "aws_lambda_invoke" {
  service           = "lambda"
  source            = "terraform-provider-aws 0e7930604b0d08cf7a4b1e804b5fd89780811f25 internal/service/lambda/invoke_action.go"
  provider_versions = "6.x"
  note              = "function_name is a name, an ARN or a partial ARN; a name with a `:` (qualified or partial) falls back to the function pattern"

  invoke {
    actions  = ["lambda:InvokeFunction"]
    resource = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source   = "Invoke (Invoke with the function name; RequestResponse, Event and DryRun alike)"
  }

  invoke {
    if_set   = "qualifier"
    actions  = ["lambda:InvokeFunction"]
    resource = "arn:${partition}:lambda:${region}:${account}:function:${function_name}:${qualifier}"
    source   = "Invoke (Qualifier: IAM authorizes a version or alias by its qualified ARN)"
  }
}

action "aws_ses_send_email" {
  service           = "ses"
  source            = "terraform-provider-aws 327dcee45ddb892f1a7022d434a0113d1825a2b1 internal/service/ses/send_email_action.go"
  provider_versions = "6.x"
  note              = "SES authorizes the sending identity, which may be the source address or its domain: the identity pattern"

  invoke {
    actions = ["ses:SendEmail"]
    source  = "Invoke (SendEmail)"
  }
}

action "aws_sfn_start_execution" {
  service           = "states"
  source            = "terraform-provider-aws 18fc80b64733d85f8a2797c09547815503f27fe7 internal/service/sfn/start_execution_action.go"
  provider_versions = "6.x"

  invoke {
    actions  = ["states:StartExecution"]
    resource = "${state_machine_arn}"
    source   = "Invoke (StartExecution; no wait for the execution)"
  }
}

action "aws_sns_publish" {
  service           = "sns"
  source            = "terraform-provider-aws 173cef8c831aaa1b73f6cf6a643244323390ed51 internal/service/sns/publish_action.go"
  provider_versions = "6.x"

  invoke {
    actions  = ["sns:Publish"]
    resource = "${topic_arn}"
    source   = "Invoke (Publish)"
  }
}

action "aws_transcribe_start_transcription_job" {
  service           = "transcribe"
  source            = "terraform-provider-aws 327dcee45ddb892f1a7022d434a0113d1825a2b1 internal/service/transcribe/start_transcription_job_action.go"
  provider_versions = "6.x"
  note              = "Transcribe reads media_file_uri and writes to output_bucket_name with the caller's access (AWS docs: Amazon Transcribe, identity-based policies); those S3 permissions depend on buckets outside this action"

  invoke {
    actions = ["transcribe:GetTranscriptionJob", "transcribe:StartTranscriptionJob"]
    source  = "Invoke (StartTranscriptionJob; actionwait.WaitForStatus polls GetTranscriptionJob until IN_PROGRESS or COMPLETED)"
  }
}
