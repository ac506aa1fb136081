# Terraform's expression grammar, one construct per local, evaluated by tests/module.rs
# (grammar_fixture_values): splats, for expressions, conditionals, operators, heredocs,
# template directives, try / can. The expected values are in the test.

locals {
  users = [
    { name = "ana", groups = ["admin", "dev"], active = true },
    { name = "bo", groups = ["dev"], active = false },
    { name = "cy", groups = [], active = true },
  ]
  by_team = {
    web = { size = 2 }
    db  = { size = 1 }
  }

  # Splats: attribute-only (legacy `.*`) and full (`[*]`), on a list and on a non-list.
  names_splat       = local.users[*].name
  names_legacy      = local.users.*.name
  first_group_splat = [for g in local.users[*].groups : try(g[0], null)]
  single_splat      = local.by_team.web[*].size

  # for expressions: list and map results, with `if`, with key and value, grouping (`...`).
  active_names = [for u in local.users : upper(u.name) if u.active]
  sizes        = { for k, v in local.by_team : k => v.size }
  indexed      = [for i, u in local.users : "${i}:${u.name}"]
  by_group     = { for u in local.users : (length(u.groups) > 0 ? u.groups[0] : "none") => u.name... }

  # Conditionals nested in the true branch, the false branch and in function arguments.
  nested_true  = true ? false ? 1 : 2 : 3
  nested_false = false ? 1 : true ? 2 : 3
  in_args      = format("%s-%s", true ? "a" : "b", false ? "c" : "d")

  # Operators and precedence.
  arithmetic = 1 + 2 * 3 - 8 / 4 % 3
  logic      = !false && (1 < 2 || 3 <= 2) && 2 >= 2 && 3 > 2 && 1 != 2 && "a" == "a"
  negative   = -(2 + 3)

  # Heredocs, plain and indented, with interpolation and directives.
  heredoc = <<EOF
hello ${local.users[0].name}
EOF
  indented = <<-EOT
    a
      b
    EOT
  directives = <<EOT
%{~ for u in local.users ~}
${u.name}%{ if u.active }+%{ else }-%{ endif }
%{~ endfor ~}
EOT
  # Known deviation: hcl-edit 0.10 dedents a `<<-` heredoc by its top-level lines only, so
  # the lines inside a directive keep their indentation (Terraform gives "\nx\n\n").
  directives_indented = <<-EOT
    %{ for u in ["x"] }
    ${u}
    %{ endfor }
  EOT
  quoted_for = "%{ for g in local.users[0].groups }[${g}]%{ endfor }"
  escapes    = "$${not} %%{not} \"q\""

  # try and can.
  try_missing = try(local.by_team.cache.size, 0)
  try_first   = try(local.by_team.web.size, 0)
  can_missing = can(local.by_team.cache.size)
  can_present = can(local.by_team.db)

  # Functions public modules use.
  merged    = merge({ a = 1 }, { b = 2 }, null)
  coalesced = coalesce(null, "", "x")
  looked_up = lookup(local.by_team, "db", { size = 0 }).size
  joined    = join(",", concat(["a"], ["b", "c"]))
  flat      = flatten([["a"], [["b"]], "c"])
  keyed     = zipmap(["x", "y"], [1, 2])
  ranged    = range(1, 7, 2)
}
