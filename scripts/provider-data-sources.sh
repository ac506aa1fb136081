#!/usr/bin/env bash
# Regenerates rules/provider/data-sources-<version>.txt: the sorted list of data source type
# names the hashicorp/aws provider binary itself declares (`terraform providers schema -json`).
# Only the name list is committed, never the schema JSON.
#
# Usage: scripts/provider-data-sources.sh [PLUGIN_MIRROR_DIR] [PROVIDER_VERSION]
#   defaults: /opt/tf-plugins (a filesystem mirror holding registry.terraform.io/hashicorp/aws)
#             5.100.0
# Needs terraform (1.11.4 was used) and jq on PATH; makes no network calls for the provider.
set -euo pipefail

MIRROR="${1:-/opt/tf-plugins}"
VERSION="${2:-5.100.0}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/../rules/provider/data-sources-$VERSION.txt"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/cli.tfrc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/aws"]
  }
}
EOF

mkdir "$WORK/root"
cat >"$WORK/root/main.tf" <<EOF
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "$VERSION"
    }
  }
}
EOF

export TF_CLI_CONFIG_FILE="$WORK/cli.tfrc"
export CHECKPOINT_DISABLE=1
export TF_IN_AUTOMATION=1
terraform -chdir="$WORK/root" init -input=false -no-color >"$WORK/init.log" 2>&1 || {
  cat "$WORK/init.log" >&2
  exit 1
}
terraform -chdir="$WORK/root" providers schema -json >"$WORK/schema.json"

TF_VERSION="$(terraform version -json | jq -r .terraform_version)"
{
  echo "# Data sources of hashicorp/aws $VERSION, from \`terraform providers schema -json\` (terraform $TF_VERSION) on the provider binary; regenerate with scripts/provider-data-sources.sh"
  jq -r '.provider_schemas["registry.terraform.io/hashicorp/aws"].data_source_schemas | keys[]' \
    "$WORK/schema.json" | LC_ALL=C sort -u
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "wrote $(grep -vc '^#' "$OUT") data source names to $OUT" >&2
