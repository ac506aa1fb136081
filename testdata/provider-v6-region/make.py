# Builds plan.json: a hand-built hashicorp/aws v6 plan (see SOURCE). Run: python3 make.py
import json

AWS = "registry.terraform.io/hashicorp/aws"
ACCOUNT = "123456789012"


def queue(name, region):
    return {
        "content_based_deduplication": False, "delay_seconds": 0, "fifo_queue": False,
        "kms_master_key_id": None, "max_message_size": 262144,
        "message_retention_seconds": 345600, "name": name, "receive_wait_time_seconds": 0,
        "region": region, "tags": None, "tags_all": {}, "visibility_timeout_seconds": 30,
    }


def rc(address, type_, actions, before, after, unknown=None, configured=None):
    name = address.split(".")[-1]
    mode = "data" if address.startswith("data.") else "managed"
    return {
        "address": address, "mode": mode, "type": type_, "name": name,
        "provider_name": AWS,
        "change": {
            "actions": actions, "before": before, "after": after,
            "after_unknown": unknown or {}, "before_sensitive": {} if before else False,
            "after_sensitive": {} if after else False,
        },
    }


west = queue("orders-west", "us-west-2")
home = queue("orders-home", "us-east-1")
moved_before = dict(queue("orders-eu", "eu-west-1"), arn=f"arn:aws:sqs:eu-west-1:{ACCOUNT}:orders-eu",
                    id=f"https://sqs.eu-west-1.amazonaws.com/{ACCOUNT}/orders-eu",
                    url=f"https://sqs.eu-west-1.amazonaws.com/{ACCOUNT}/orders-eu")
moved_after = dict(moved_before, tags={"team": "orders"}, tags_all={"team": "orders"})
topic = {"name": "alerts", "region": None, "tags": None, "tags_all": {}}
group_before = {"name": "/app/old", "region": "ap-southeast-2", "retention_in_days": 7,
                "arn": f"arn:aws:logs:ap-southeast-2:{ACCOUNT}:log-group:/app/old",
                "id": "/app/old", "kms_key_id": "", "skip_destroy": False, "tags": None, "tags_all": {}}
bucket = {"bucket": "orders-logs-eu", "force_destroy": False, "region": "eu-west-1",
          "bucket_region": None, "tags": None, "tags_all": {}, "object_lock_enabled": None}
ssi = {"stack_set_name": "baseline", "region": "eu-west-3", "stack_set_instance_region": "eu-west-3",
       "account_id": ACCOUNT, "call_as": "SELF", "retain_stack": False}

changes = [
    rc("aws_sqs_queue.west", "aws_sqs_queue", ["create"], None, west,
       {"arn": True, "id": True, "url": True, "policy": True, "redrive_policy": True}),
    rc("aws_sqs_queue.home", "aws_sqs_queue", ["create"], None, home,
       {"arn": True, "id": True, "url": True, "policy": True, "redrive_policy": True}),
    rc("aws_sqs_queue.eu", "aws_sqs_queue", ["update"], moved_before, moved_after, {}),
    rc("aws_sns_topic.alerts", "aws_sns_topic", ["create"], None, topic,
       {"arn": True, "id": True, "region": True, "policy": True}),
    rc("aws_cloudwatch_log_group.old", "aws_cloudwatch_log_group", ["delete"], group_before, None),
    rc("aws_s3_bucket.logs", "aws_s3_bucket", ["create"], None, bucket,
       {"arn": True, "id": True, "bucket_region": True, "bucket_domain_name": True}),
    rc("aws_cloudformation_stack_set_instance.eu", "aws_cloudformation_stack_set_instance",
       ["create"], None, ssi, {"id": True, "stack_id": True, "organizational_unit_id": True}),
]
for c in changes[:3]:
    c["change"]["after_sensitive"] = {"tags_all": {}}

prior = [
    {"address": "aws_sqs_queue.eu", "mode": "managed", "type": "aws_sqs_queue", "name": "eu",
     "provider_name": AWS, "schema_version": 0, "values": moved_before, "sensitive_values": {}},
    {"address": "aws_cloudwatch_log_group.old", "mode": "managed", "type": "aws_cloudwatch_log_group",
     "name": "old", "provider_name": AWS, "schema_version": 0, "values": group_before,
     "sensitive_values": {}},
    {"address": "aws_sqs_queue.source", "mode": "managed", "type": "aws_sqs_queue", "name": "source",
     "provider_name": AWS, "schema_version": 0,
     "values": dict(queue("region-source", "eu-north-1"),
                    arn=f"arn:aws:sqs:eu-north-1:{ACCOUNT}:region-source"), "sensitive_values": {}},
    {"address": "data.aws_caller_identity.me", "mode": "data", "type": "aws_caller_identity",
     "name": "me", "provider_name": AWS, "schema_version": 0,
     "values": {"account_id": ACCOUNT, "arn": f"arn:aws:iam::{ACCOUNT}:user/ci", "id": ACCOUNT,
                "user_id": "AIDAEXAMPLE"}, "sensitive_values": {}},
]

def cfg(address, type_, exprs, mode="managed"):
    return {"address": address, "mode": mode, "type": type_, "name": address.split(".")[-1],
            "provider_config_key": "aws", "expressions": exprs, "schema_version": 0}

const = lambda v: {"constant_value": v}
configuration = {
    "provider_config": {"aws": {"name": "aws", "full_name": AWS, "version_constraint": "~> 6.0",
                                "expressions": {"region": const("us-east-1")}}},
    "root_module": {"resources": [
        cfg("aws_sqs_queue.west", "aws_sqs_queue", {"name": const("orders-west"), "region": const("us-west-2")}),
        cfg("aws_sqs_queue.home", "aws_sqs_queue", {"name": const("orders-home")}),
        cfg("aws_sqs_queue.eu", "aws_sqs_queue", {"name": const("orders-eu"), "region": const("eu-west-1"),
                                                   "tags": const({"team": "orders"})}),
        cfg("aws_sns_topic.alerts", "aws_sns_topic", {"name": const("alerts"),
                                                      "region": {"references": ["aws_sqs_queue.source.region", "aws_sqs_queue.source"]}}),
        cfg("aws_s3_bucket.logs", "aws_s3_bucket", {"bucket": const("orders-logs-eu"), "region": const("eu-west-1")}),
        cfg("aws_cloudformation_stack_set_instance.eu", "aws_cloudformation_stack_set_instance",
            {"stack_set_name": const("baseline"), "stack_set_instance_region": const("eu-west-3")}),
        cfg("aws_sqs_queue.source", "aws_sqs_queue", {"name": const("region-source"), "region": const("eu-north-1")}),
        cfg("data.aws_caller_identity.me", "aws_caller_identity", {}, mode="data"),
    ]},
}

plan = {
    "format_version": "1.2", "terraform_version": "1.14.9",
    "planned_values": {"root_module": {"resources": []}},
    "resource_changes": changes,
    "prior_state": {"format_version": "1.0", "terraform_version": "1.14.9",
                    "values": {"root_module": {"resources": prior}}},
    "configuration": configuration,
    "applyable": True, "complete": True, "errored": False,
}
with open("plan.json", "w") as f:
    json.dump(plan, f, indent=2, sort_keys=True)
    f.write("\n")
