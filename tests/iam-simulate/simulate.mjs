// Test-only harness for tests/differential.rs: evaluates IAM requests with the independent
// implementation @cloud-copilot/iam-simulate (version pinned in package.json).
//
// stdin:  a JSON array of cases
//   {id, identityPolicies: [doc...], boundary?: doc, scps?: [[doc...]...], action, resource,
//    context: {key: value}}
// stdout: a JSON array, in input order, of
//   {id, decision: "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied" | "Error", error?}
//
// The request: the principal arn:aws:iam::111122223333:role/test calls `action` on `resource`,
// which is owned by the same account (resource.accountId = 111122223333), so no cross-account
// (resource policy) logic applies. No resource policy, no session policy, no RCP (the package
// always adds the default RCPFullAWSAccess), Strict simulation mode. The request context is
// exactly `context`: the package needs no key to be present (it does not populate
// aws:PrincipalArn, aws:CurrentTime, aws:username, ... by itself), and giving more keys than
// iamplan knows would make the two evaluators see different requests.
// Each SCP level (the outer array, root first) is one `orgIdentifier`; every level must allow.
// `Error` means the package rejected the input (bad policy, unknown action, ARN of no resource
// type of the action): the Rust side treats that as a broken case, not as a decision.
import { runSimulation } from '@cloud-copilot/iam-simulate'

const PRINCIPAL = 'arn:aws:iam::111122223333:role/test'
const ACCOUNT = '111122223333'

async function readStdin() {
  const chunks = []
  for await (const c of process.stdin) chunks.push(c)
  return Buffer.concat(chunks).toString('utf8')
}

async function simulate(c) {
  const simulation = {
    request: {
      principal: PRINCIPAL,
      action: c.action,
      resource: { resource: c.resource, accountId: ACCOUNT },
      contextVariables: c.context ?? {}
    },
    identityPolicies: c.identityPolicies.map((policy, i) => ({ name: `identity${i}`, policy })),
    serviceControlPolicies: (c.scps ?? []).map((level, i) => ({
      orgIdentifier: `ou-level${i}`,
      policies: level.map((policy, j) => ({ name: `scp${i}-${j}`, policy }))
    })),
    resourceControlPolicies: []
  }
  if (c.boundary) {
    simulation.permissionBoundaryPolicies = [{ name: 'boundary', policy: c.boundary }]
  }
  const r = await runSimulation(simulation, { simulationMode: 'Strict' })
  if (r.resultType === 'error') {
    return { id: c.id, decision: 'Error', error: JSON.stringify(r.errors) }
  }
  const out = { id: c.id, decision: r.overallResult }
  // Context keys the package dropped as not applicable to the action would make the two
  // evaluators see different requests: report them so the Rust side can fail on them.
  const results = r.resultType === 'single' ? [r.result] : r.results
  const ignored = [...new Set(results.flatMap((x) => x.ignoredContextKeys ?? []))]
  if (ignored.length > 0) out.ignoredContextKeys = ignored
  return out
}

const cases = JSON.parse(await readStdin())
const out = []
for (const c of cases) {
  try {
    out.push(await simulate(c))
  } catch (e) {
    out.push({ id: c.id, decision: 'Error', error: String(e?.stack ?? e) })
  }
}
process.stdout.write(JSON.stringify(out))
