# Builds plan.json (see SOURCE): the real plan of ../s3-create-and-noop, with the members a
# Terraform 1.14 plan carries when it defers changes. Run: python3 make.py
import json

with open("../s3-create-and-noop/plan.json") as f:
    plan = json.load(f)
plan["terraform_version"] = "1.14.9"
plan["complete"] = False
plan["applyable"] = True
plan["errored"] = False
plan["deferred_changes"] = [
    {
        "reason": "instance_count_unknown",
        "resource_change": {
            "address": "aws_sqs_queue.per_bucket[\"*\"]",
            "mode": "managed",
            "type": "aws_sqs_queue",
            "name": "per_bucket",
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "change": {"actions": ["create"], "before": None, "after": None,
                       "after_unknown": True, "before_sensitive": False, "after_sensitive": False},
        },
    },
    {
        "reason": "provider_config_unknown",
        "resource_change": {
            "address": "random_id.suffix",
            "mode": "managed",
            "type": "random_id",
            "name": "suffix",
            "provider_name": "registry.terraform.io/hashicorp/random",
            "change": {"actions": ["create"], "before": None, "after": None,
                       "after_unknown": True, "before_sensitive": False, "after_sensitive": False},
        },
    },
]
with open("plan.json", "w") as f:
    json.dump(plan, f, indent=2, sort_keys=True)
    f.write("\n")
