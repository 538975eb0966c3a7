//! A generated Open Referral CSV package, for the tests and the budget
//! measurements.

use std::path::Path;

/// A generated CSV package of `n` services of `n / 10` organisations, each
/// service with a location, an address, a phone, a schedule, a language
/// and a taxonomy term: what a national directory looks like to an import.
pub fn write_package(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let tables = [
        (
            "organization",
            "organizations.csv",
            "id,name,description,email,website",
        ),
        (
            "service",
            "services.csv",
            "id,organization_id,name,description,url,email,status,assured_date",
        ),
        (
            "service_at_location",
            "service_at_location.csv",
            "id,service_id,location_id",
        ),
        ("location", "locations.csv", "id,location_type,name"),
        (
            "address",
            "addresses.csv",
            "id,location_id,address_1,city,postal_code,country,address_type",
        ),
        ("phone", "phones.csv", "id,service_id,number"),
        (
            "schedule",
            "schedules.csv",
            "id,service_id,freq,byday,opens_at,closes_at",
        ),
        ("language", "languages.csv", "id,service_id,code"),
        ("taxonomy_term", "taxonomy_terms.csv", "id,name,description"),
        (
            "attribute",
            "attributes.csv",
            "id,link_id,taxonomy_term_id,link_entity",
        ),
    ];
    let resources: Vec<String> = tables
        .iter()
        .map(|(name, path, _)| format!("{{\"name\": \"{name}\", \"path\": \"{path}\"}}"))
        .collect();
    std::fs::write(
        dir.join("datapackage.json"),
        format!(
            "{{\"name\": \"generated\", \"resources\": [{}]}}\n",
            resources.join(", ")
        ),
    )
    .expect("write");
    use std::io::Write;
    let mut files: Vec<std::io::BufWriter<std::fs::File>> = tables
        .iter()
        .map(|(_, path, header)| {
            let mut f =
                std::io::BufWriter::new(std::fs::File::create(dir.join(path)).expect("create"));
            writeln!(f, "{header}").expect("write");
            f
        })
        .collect();
    let orgs = (n / 10).max(1);
    for o in 0..orgs {
        writeln!(files[0], "org-{o},Organisation {o},\"Helps people, in many ways\",info{o}@example.org,https://example.org/{o}").expect("write");
    }
    writeln!(files[8], "term-housing,Housing support,Help with housing").expect("write");
    writeln!(files[8], "term-food,Food banks,Emergency food").expect("write");
    for i in 0..n {
        let o = i % orgs;
        writeln!(files[1], "svc-{i},org-{o},Service {i},\"A service that helps, with a description long enough to be realistic for a directory entry\",https://example.org/s/{i},s{i}@example.org,active,2025-10-01").expect("write");
        writeln!(files[2], "sal-{i},svc-{i},loc-{i}").expect("write");
        writeln!(files[3], "loc-{i},physical,Place {i}").expect("write");
        writeln!(
            files[4],
            "addr-{i},loc-{i},{i} Long Road,Leeds,LS{} 1AA,GB,physical",
            i % 30
        )
        .expect("write");
        writeln!(files[5], "ph-{i},svc-{i},0113 496 {i:04}").expect("write");
        writeln!(
            files[6],
            "sch-{i},svc-{i},WEEKLY,\"MO,TU,WE,TH,FR\",09:00,17:00"
        )
        .expect("write");
        writeln!(files[7], "lang-{i},svc-{i},ar").expect("write");
        let term = if i % 2 == 1 {
            "term-housing"
        } else {
            "term-food"
        };
        writeln!(files[9], "att-{i},svc-{i},{term},service").expect("write");
    }
    for f in &mut files {
        f.flush().expect("flush");
    }
}
