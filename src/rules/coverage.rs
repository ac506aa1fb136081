//! `iamplan rules coverage`: how much of the AWS provider the embedded rules cover, measured
//! against the provider's type lists committed under `rules/provider/`.

use super::{entries, lookup, Kind, Origin};

static RESOURCE_TYPES: &str = include_str!("../../rules/provider/resources.txt");
static DATA_SOURCES: &str = include_str!("../../rules/provider/data-sources.txt");

fn names(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub struct Coverage {
    pub resources_total: usize,
    pub resources_covered: usize,
    pub data_total: usize,
    pub data_covered: usize,
    pub curated_resources: usize,
    pub curated_data: usize,
    pub imported: usize,
    pub verified: usize,
}

pub fn measure() -> Coverage {
    let covered =
        |kind: Kind, list: &str| names(list).filter(|t| lookup(kind, t).is_some()).count();
    let curated = |kind: Kind| {
        entries()
            .iter()
            .filter(|e| e.kind == kind && e.origin == Origin::Curated)
            .count()
    };
    let verified = entries()
        .iter()
        .filter(|e| {
            lookup(e.kind, e.type_name)
                .map(|x| std::ptr::eq(x, *e))
                .unwrap_or(false)
        })
        .filter(|e| e.rule().map(|r| r.verified.is_some()).unwrap_or(false))
        .count();
    Coverage {
        resources_total: names(RESOURCE_TYPES).count(),
        resources_covered: covered(Kind::Resource, RESOURCE_TYPES),
        data_total: names(DATA_SOURCES).count(),
        data_covered: covered(Kind::Data, DATA_SOURCES),
        curated_resources: curated(Kind::Resource),
        curated_data: curated(Kind::Data),
        imported: entries()
            .iter()
            .filter(|e| e.origin == Origin::Imported)
            .count(),
        verified,
    }
}

pub fn report() -> String {
    let c = measure();
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    format!(
        "managed resource types: {} of {} ({:.1}%, terraform-provider-aws v6.60.0)\n\
         data sources:           {} of {} ({:.1}%)\n\
         curated entries:        {} resource types, {} data sources\n\
         imported entries:       {}\n\
         capture-verified:       {}\n",
        c.resources_covered,
        c.resources_total,
        pct(c.resources_covered, c.resources_total),
        c.data_covered,
        c.data_total,
        pct(c.data_covered, c.data_total),
        c.curated_resources,
        c.curated_data,
        c.imported,
        c.verified
    )
}
