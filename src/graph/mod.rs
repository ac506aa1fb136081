//! The resource graph over the plan's `configuration` (every module level): one node per
//! resource and data source, per module variable and output, and per instance from
//! `resource_changes`; edges from expression `references`, `depends_on` and module calls. It
//! answers "which resource does this argument's value come from" (e.g. the role a Lambda
//! function is given), with the path it followed, and orders addresses dependencies-first.

use crate::plan::{base_address, Plan};
use petgraph::graph::{DiGraph, NodeIndex};
use serde_json::{Map, Value};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    /// Module-qualified base address: `module.a.aws_iam_role.r`, `data.aws_ami.x`.
    Resource(String),
    /// (module prefix such as `module.a.`, variable name)
    Variable(String, String),
    /// (module prefix, output name)
    Output(String, String),
    /// A resource instance address from resource_changes.
    Instance(String),
}

/// Where a reference leads: a resource's attribute, and the hops taken to get there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub resource: String,
    pub attribute: Option<String>,
    pub path: Vec<String>,
}

#[derive(Default)]
pub struct ResourceGraph {
    graph: DiGraph<Node, ()>,
    index: HashMap<Node, NodeIndex>,
    /// Per node: argument path -> the references its expression makes (module-relative).
    refs: HashMap<Node, Map<String, Value>>,
    /// The module prefix each node's references are relative to.
    scope: HashMap<Node, String>,
}

impl ResourceGraph {
    pub fn build(plan: &Plan<'_>) -> ResourceGraph {
        let mut g = ResourceGraph::references(plan);
        for c in &plan.changes {
            let inst = g.node(Node::Instance(c.address.to_string()));
            let base = g.node(Node::Resource(base_address(&c.address)));
            g.graph.update_edge(inst, base, ());
        }
        g.link();
        g
    }

    /// Only what [`origins`](Self::origins) follows: the configuration's expressions, without
    /// the edges and the per-instance nodes that ordering needs (a node per resource change).
    pub fn references(plan: &Plan<'_>) -> ResourceGraph {
        let mut g = ResourceGraph::default();
        if let Some(root) = plan
            .configuration
            .as_ref()
            .and_then(|c| c.get("root_module"))
        {
            g.add_module(root, "");
        }
        g
    }

    fn node(&mut self, n: Node) -> NodeIndex {
        if let Some(i) = self.index.get(&n) {
            return *i;
        }
        let i = self.graph.add_node(n.clone());
        self.index.insert(n, i);
        i
    }

    fn add_module(&mut self, m: &Value, prefix: &str) {
        if let Some(Value::Array(rs)) = m.get("resources") {
            for r in rs {
                let Some(addr) = r.get("address").and_then(Value::as_str) else {
                    continue;
                };
                let n = Node::Resource(format!("{prefix}{addr}"));
                self.node(n.clone());
                let mut ex = r
                    .get("expressions")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                if let Some(Value::Array(deps)) = r.get("depends_on") {
                    ex.insert(
                        "depends_on".into(),
                        serde_json::json!({ "references": deps }),
                    );
                }
                for key in ["count_expression", "for_each_expression"] {
                    if let Some(e) = r.get(key) {
                        ex.insert(key.into(), e.clone());
                    }
                }
                self.refs.insert(n.clone(), ex);
                self.scope.insert(n, prefix.to_string());
            }
        }
        if let Some(Value::Object(outs)) = m.get("outputs") {
            for (name, o) in outs {
                let n = Node::Output(prefix.to_string(), name.clone());
                self.node(n.clone());
                let mut ex = Map::new();
                if let Some(e) = o.get("expression") {
                    ex.insert("value".into(), e.clone());
                }
                self.refs.insert(n.clone(), ex);
                self.scope.insert(n, prefix.to_string());
            }
        }
        if let Some(Value::Object(calls)) = m.get("module_calls") {
            for (name, call) in calls {
                let child = format!("{prefix}module.{name}.");
                if let Some(Value::Object(ex)) = call.get("expressions") {
                    for (var, e) in ex {
                        let n = Node::Variable(child.clone(), var.clone());
                        self.node(n.clone());
                        let mut m = Map::new();
                        m.insert("value".into(), e.clone());
                        self.refs.insert(n.clone(), m);
                        // A module's inputs are expressions of its caller.
                        self.scope.insert(n, prefix.to_string());
                    }
                }
                if let Some(sub) = call.get("module") {
                    self.add_module(sub, &child);
                }
            }
        }
    }

    /// Adds an edge from each node to every node its expressions reference.
    fn link(&mut self) {
        let nodes: Vec<Node> = self.refs.keys().cloned().collect();
        for n in nodes {
            let prefix = self.scope.get(&n).cloned().unwrap_or_default();
            let mut targets = Vec::new();
            if let Some(ex) = self.refs.get(&n) {
                for e in ex.values() {
                    collect_refs(e, &mut |r| targets.push(r.to_string()));
                }
            }
            let from = self.index[&n];
            for r in targets {
                if let Some((t, _)) = target_of(&prefix, &r) {
                    let to = self.node(t);
                    self.graph.update_edge(from, to, ());
                }
            }
        }
    }

    /// Follows the expression of `attr` (a dotted argument path) on the resource at
    /// `address` to the resources its value comes from, through module variables and outputs.
    pub fn origins(&self, address: &str, attr: &str) -> Vec<Origin> {
        let start = Node::Resource(base_address(address));
        let mut out = Vec::new();
        let Some(ex) = self.refs.get(&start) else {
            return out;
        };
        let Some(e) = expr_at(ex, attr) else {
            return out;
        };
        let prefix = self.scope.get(&start).cloned().unwrap_or_default();
        let path = vec![format!("{}.{attr}", base_address(address))];
        self.follow(e, &prefix, path, &mut out, 0);
        out.sort_by(|a, b| a.resource.cmp(&b.resource));
        out.dedup_by(|a, b| a.resource == b.resource && a.attribute == b.attribute);
        out
    }

    fn follow(
        &self,
        e: &Value,
        prefix: &str,
        path: Vec<String>,
        out: &mut Vec<Origin>,
        depth: usize,
    ) {
        if depth > 16 {
            return;
        }
        let mut refs = Vec::new();
        collect_refs(e, &mut |r| refs.push(r.to_string()));
        // Terraform lists `aws_x.y.arn` and `aws_x.y`: keep the most specific of each.
        let specific: Vec<&String> = refs
            .iter()
            .filter(|r| {
                !refs
                    .iter()
                    .any(|o| o.len() > r.len() && o.starts_with(&format!("{r}.")))
            })
            .collect();
        for r in specific {
            let Some((node, attribute)) = target_of(prefix, r) else {
                continue;
            };
            let mut p = path.clone();
            match &node {
                Node::Resource(addr) => {
                    p.push(match &attribute {
                        Some(a) => format!("{addr}.{a}"),
                        None => addr.clone(),
                    });
                    out.push(Origin {
                        resource: addr.clone(),
                        attribute,
                        path: p,
                    });
                }
                Node::Variable(child, name) | Node::Output(child, name) => {
                    let label = match &node {
                        Node::Variable(..) => format!("{child}var.{name}"),
                        _ => format!("{child}output.{name}"),
                    };
                    p.push(label);
                    if let (Some(ex), Some(scope)) = (self.refs.get(&node), self.scope.get(&node)) {
                        if let Some(v) = ex.get("value") {
                            self.follow(v, scope, p, out, depth + 1);
                        }
                    }
                }
                Node::Instance(_) => {}
            }
        }
    }

    /// Resource base addresses ordered dependencies first (ties by name), for stable reports.
    pub fn dependency_order(&self) -> Vec<String> {
        let mut order: Vec<String> = match petgraph::algo::toposort(&self.graph, None) {
            Ok(nodes) => nodes
                .into_iter()
                .rev()
                .filter_map(|i| match &self.graph[i] {
                    Node::Resource(a) => Some(a.clone()),
                    _ => None,
                })
                .collect(),
            // A cycle cannot come from a valid plan; fall back to names.
            Err(_) => {
                let mut v: Vec<String> = self
                    .index
                    .keys()
                    .filter_map(|n| match n {
                        Node::Resource(a) => Some(a.clone()),
                        _ => None,
                    })
                    .collect();
                v.sort();
                v
            }
        };
        order.dedup();
        order
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }
}

/// The expression object of a dotted argument path (nested blocks are lists of objects).
fn expr_at<'v>(ex: &'v Map<String, Value>, attr: &str) -> Option<&'v Value> {
    let mut segs = attr.split('.');
    let mut cur = ex.get(segs.next()?)?;
    for s in segs {
        while let Value::Array(a) = cur {
            cur = a.first()?;
        }
        cur = cur.get(s)?;
    }
    Some(cur)
}

fn collect_refs(e: &Value, f: &mut dyn FnMut(&str)) {
    match e {
        Value::Object(m) => {
            if let Some(Value::Array(rs)) = m.get("references") {
                for r in rs.iter().filter_map(Value::as_str) {
                    f(r);
                }
            }
            for (k, v) in m {
                if k != "references" && k != "constant_value" {
                    collect_refs(v, f);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| collect_refs(v, f)),
        _ => {}
    }
}

/// Resolves a module-relative reference to a node and (for resources) the attribute read.
fn target_of(prefix: &str, r: &str) -> Option<(Node, Option<String>)> {
    let segs: Vec<&str> = crate::plan::configuration::split_address(r)
        .into_iter()
        .map(crate::plan::configuration::strip_index)
        .collect();
    match segs.as_slice() {
        ["var", name, ..] => Some((Node::Variable(prefix.to_string(), name.to_string()), None)),
        ["module", m, out, ..] => Some((
            Node::Output(format!("{prefix}module.{m}."), out.to_string()),
            None,
        )),
        ["module", _] => None,
        ["data", t, n, rest @ ..] => Some((
            Node::Resource(format!("{prefix}data.{t}.{n}")),
            rest.first().map(|s| s.to_string()),
        )),
        [t, n, rest @ ..]
            if t.contains('_')
                && !["local", "each", "count", "path", "terraform", "self"].contains(t) =>
        {
            Some((
                Node::Resource(format!("{prefix}{t}.{n}")),
                rest.first().map(|s| s.to_string()),
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_come_first_and_references_are_followed_through_modules() {
        let text = serde_json::json!({
            "format_version": "1.2",
            "resource_changes": [],
            "planned_values": {"root_module": {}},
            "configuration": {"root_module": {
                "resources": [
                    {"address": "aws_a.z", "mode": "managed", "type": "aws_a", "name": "z",
                     "expressions": {"role": {"references": ["module.m.role_arn", "module.m"]}}}
                ],
                "module_calls": {"m": {"expressions": {"name": {"constant_value": "x"}}, "module": {
                    "resources": [{"address": "aws_b.y", "mode": "managed", "type": "aws_b", "name": "y", "expressions": {}}],
                    "outputs": {"role_arn": {"expression": {"references": ["aws_b.y.arn", "aws_b.y"]}}}
                }}}
            }}
        })
        .to_string();
        let plan = crate::plan::parse("t", &text).unwrap();
        let g = ResourceGraph::build(&plan);
        let order = g.dependency_order();
        let pos = |a: &str| order.iter().position(|x| x == a).unwrap();
        assert!(pos("module.m.aws_b.y") < pos("aws_a.z"), "{order:?}");
        let o = g.origins("aws_a.z", "role");
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].resource, "module.m.aws_b.y");
        assert_eq!(o[0].attribute.as_deref(), Some("arn"));
        assert_eq!(
            o[0].path.join(" -> "),
            "aws_a.z.role -> module.m.output.role_arn -> module.m.aws_b.y.arn"
        );
    }

    #[test]
    fn references_resolve_relative_to_their_module() {
        assert_eq!(
            target_of("module.a.", "aws_iam_role.r.arn"),
            Some((
                Node::Resource("module.a.aws_iam_role.r".into()),
                Some("arn".into())
            ))
        );
        assert_eq!(
            target_of("", "module.m.role_arn"),
            Some((Node::Output("module.m.".into(), "role_arn".into()), None))
        );
        assert_eq!(
            target_of("module.a.", "var.role"),
            Some((Node::Variable("module.a.".into(), "role".into()), None))
        );
        assert_eq!(target_of("", "local.x"), None);
        assert_eq!(
            target_of("", "data.aws_iam_role.r[0].arn"),
            Some((
                Node::Resource("data.aws_iam_role.r".into()),
                Some("arn".into())
            ))
        );
    }
}
